using System.Text;
using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;
using Transparency.Web.Returns;
using Transparency.Web.Returns.Parsing;
using Transparency.Web.Returns.Standard;
using Transparency.Web.Returns.Validation;
using Transparency.Web.Returns.Workflow;
using static Transparency.Web.Returns.Standard.FieldNames;

namespace Transparency.Tests.Returns;

/// <summary>
/// What real providers' spreadsheets do: UK dates and Excel day numbers, % signs, subcontracts with no known total,
/// thousands of the same mistake, a refused line that must not also be reported missing, and the same bytes under a
/// name the portal does not accept.
/// </summary>
public abstract class UkSpreadsheetHabitsTests(TestDatabase database)
{
    private static readonly Quarter Quarter = new(2025, 3);

    [Theory]
    [InlineData("15/11/2025")]
    [InlineData("15/11/25")]
    [InlineData("5/11/2025")]
    [InlineData("2025-11-15")]
    [InlineData("15/11/2025 00:00")]
    [InlineData("45976")]
    public async Task Submit_DateInAUkOrSpreadsheetForm_IsAccepted(string date)
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);
        var files = Return().Add(ReturnStandard.Funding, new() { [ContractReference] = "C-HOU-2", [FieldNames.PaymentType] = "fee", [Amount] = "10.00", [DateReceived] = date, [Description] = $"Paid {date}" });

        var result = await services.SubmitAsync(scenario.ProviderId, Quarter, files.CsvFiles());

        Assert.True(result.Accepted, string.Join(Environment.NewLine, result.Report.Errors.Select(e => e.Message)));
    }

    [Fact]
    public async Task Submit_WorkbookDateTypedIntoAGeneralCell_IsReadAsTheDate()
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);
        // 46000 is 9 December 2025, in the quarter; 46100 is 19 March 2026, outside it, which proves the day number was read as a date.
        var inside = Return().Add(ReturnStandard.Funding, new() { [ContractReference] = "C-HOU-2", [FieldNames.PaymentType] = "fee", [Amount] = "11.00", [DateReceived] = "46000" });
        var outside = Return().Add(ReturnStandard.Funding, new() { [ContractReference] = "C-HOU-2", [FieldNames.PaymentType] = "fee", [Amount] = "12.00", [DateReceived] = "46100" });

        var accepted = await services.SubmitAsync(scenario.ProviderId, Quarter, inside.Workbook(WorkbookTemplate.Render()));
        var refused = await services.SubmitAsync(scenario.ProviderId, Quarter, outside.Workbook(WorkbookTemplate.Render()));

        Assert.True(accepted.Accepted, string.Join(Environment.NewLine, accepted.Report.Errors.Select(e => e.Message)));
        Assert.Equal(RuleCodes.DateOutsideQuarter, Assert.Single(refused.Report.Errors).Code);
    }

    [Fact]
    public async Task Submit_PercentagesWithPercentSigns_AreReadAsPercentages()
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);
        var files = Return().Add(ReturnStandard.Satisfaction, new() { [ContractReference] = "C-HOU-2", [Measure] = "Overall", [Method] = "survey", [Respondents] = "50", [PercentPositive] = "81.5%", [PercentNegative] = "6 %" });

        var result = await services.SubmitAsync(scenario.ProviderId, Quarter, files.CsvFiles());

        Assert.True(result.Accepted, string.Join(Environment.NewLine, result.Report.Errors.Select(e => e.Message)));
        var preview = await services.Queries.GetPreviewAsync(result.DraftVersionId!.Value, scenario.ProviderId);
        Assert.Equal((81.5, 6.0), (preview!.Satisfaction.Single().PercentPositive, preview.Satisfaction.Single().PercentNegative!.Value));
    }

    [Fact]
    public async Task Publish_SubcontractWithoutATotalValue_IsPublishedAsNotStatedWithAWarning()
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);
        var quarter = new Quarter(2025, 4);
        var files = Return(quarter).Add(ReturnStandard.Subcontracts, new() { [ContractReference] = "C-HOU-2", [SubcontractorId] = "GB-CHC-1122334", [SubcontractorName] = "Call-off Trust", [Service] = "Repairs", [ValuePaidInQuarter] = "500.00" });

        var result = await services.SubmitAsync(scenario.ProviderId, quarter, files.CsvFiles());

        Assert.True(result.Accepted, string.Join(Environment.NewLine, result.Report.Errors.Select(e => e.Message)));
        var warning = Assert.Single(result.Report.Warnings, w => w.Code == RuleCodes.SubcontractTotalNotStated);
        Assert.Equal((2, TotalValue), (warning.Row, warning.Column));
        var preview = await services.Queries.GetPreviewAsync(result.DraftVersionId!.Value, scenario.ProviderId);
        Assert.Null(preview!.Subcontracts.Single().TotalValuePence);
        var published = await services.Publisher.PublishAsync(new PublishRequest(result.DraftVersionId.Value, "test", null, null, scenario.ProviderId));
        Assert.True(published.Succeeded, published.Message);
        var record = await services.Db.Subcontracts.AsNoTracking().SingleAsync(s => s.ReturnVersionId == result.DraftVersionId.Value);
        Assert.Equal((50_000L, (long?)null), (record.ValuePaidInQuarterPence, record.TotalValuePence));
    }

    [Fact]
    public async Task Submit_ThousandsOfTheSameMistake_CountsEveryOneAndListsTheFirst()
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);
        var text = new StringBuilder("quarter,contract_reference,payment_type,amount\r\n");
        for (var i = 0; i < 3_100; i++)
        {
            text.Append("2025-26 Q3,C-HOU-2,fee,ten pounds\r\n");
        }

        var result = await services.SubmitAsync(scenario.ProviderId, Quarter, new UploadedFile("funding.csv", Encoding.UTF8.GetBytes(text.ToString())));

        Assert.Equal(3_100, result.Report.ErrorCount);
        Assert.True(result.Report.Errors.Count() < 100);
        Assert.Contains(result.Report.Errors, e => e.Message.StartsWith("There are 3,075 more problems like this in 'funding.csv' (number-invalid).", StringComparison.Ordinal));
        var problem = ReturnProblemDetails.From(result.Report);
        Assert.StartsWith("3,100 errors and ", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("The first of each kind are listed", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_FundingLineRefusedForItsAmount_IsNotAlsoReportedMissing()
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);
        var files = new ReturnFiles(Quarter).Add(ReturnStandard.Funding, new() { [ContractReference] = "C-EMP-1", [FieldNames.PaymentType] = "fee", [Amount] = "12,5" });

        var result = await services.SubmitAsync(scenario.ProviderId, Quarter, files.CsvFiles());

        Assert.Contains(result.Report.Errors, e => e.Code == RuleCodes.NumberInvalid);
        Assert.DoesNotContain(result.Report.Warnings, w => w.Code == RuleCodes.FundingMissing && w.Value == "C-EMP-1");
        Assert.Contains(result.Report.Warnings, w => w.Code == RuleCodes.FundingMissing && w.Value == "C-HOU-2");
    }

    [Fact]
    public async Task Submit_SameBytesUnderANameThePortalDoesNotAccept_IsRefusedForTheTypeNotCalledADuplicate()
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);
        var quarter = new Quarter(2024, 4);
        var file = Return(quarter).CsvFiles().Single();
        var first = await services.SubmitAsync(scenario.ProviderId, quarter, file);
        var again = await services.SubmitAsync(scenario.ProviderId, quarter, file);

        var renamed = await services.SubmitAsync(scenario.ProviderId, quarter, new UploadedFile("funding.csv.exe", file.Content));

        Assert.True(first.Accepted);
        Assert.NotNull(again.Duplicate);
        Assert.Null(renamed.Duplicate);
        Assert.Equal(RuleCodes.FileTypeNotAccepted, Assert.Single(renamed.Report.Errors).Code);
    }

    /// <summary>A clean funding line for each of the scenario provider's contracts, so only the line under test can be wrong.</summary>
    private static ReturnFiles Return(Quarter? quarter = null) => new ReturnFiles(quarter ?? Quarter)
        .Add(ReturnStandard.Funding, new() { [ContractReference] = "C-EMP-1", [FieldNames.PaymentType] = "fee", [Amount] = "100.00" });
}

public sealed class SqliteUkSpreadsheetHabitsTests(SqliteTestDatabase database) : UkSpreadsheetHabitsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresUkSpreadsheetHabitsTests(PostgresTestDatabase database) : UkSpreadsheetHabitsTests(database), IClassFixture<PostgresTestDatabase>;
