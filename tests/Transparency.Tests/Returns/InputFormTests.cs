using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;
using Transparency.Web.Returns.Standard;
using Transparency.Web.Returns.Workflow;
using static Transparency.Web.Returns.Standard.FieldNames;

namespace Transparency.Tests.Returns;

public abstract class InputFormTests(TestDatabase database)
{
    private static readonly Quarter Quarter = new(2025, 3);

    [Fact]
    public async Task Submit_EveryInputForm_GivesTheSameFacts()
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);
        var files = SampleReturn();
        var uploads = new[]
        {
            files.CsvFiles(),
            [files.Zip()],
            [files.Workbook(WorkbookTemplate.Render())],
            [files.Json()],
        };

        var previews = new List<ReturnPreview>();
        foreach (var upload in uploads)
        {
            var result = await services.SubmitAsync(scenario.ProviderId, Quarter, upload);
            Assert.True(result.Accepted, string.Join(Environment.NewLine, result.Report.Entries.Select(e => e.Message)));
            previews.Add((await services.Queries.GetPreviewAsync(result.DraftVersionId!.Value, scenario.ProviderId))!);
        }

        var first = previews[0];
        Assert.Equal(3, first.Funding.Count);
        Assert.Equal(1_325_010, first.TotalFundingPence);
        Assert.Equal(KpiRating.ApproachingTarget, first.KpiResults.Single(k => k.KpiCode == "H1").Rating);
        Assert.True(first.KpiResults.Single(k => k.KpiCode == "K2").RatingDerived);
        Assert.Equal(2, first.NewOrganisationCount);
        foreach (var preview in previews.Skip(1))
        {
            Assert.Equal(first.Funding, preview.Funding);
            Assert.Equal(first.KpiResults, preview.KpiResults);
            Assert.Equal(first.Subcontracts, preview.Subcontracts);
            Assert.Equal(first.Satisfaction, preview.Satisfaction);
            Assert.Equal(first.Report.Entries.Select(e => e.Code), preview.Report.Entries.Select(e => e.Code));
        }
    }

    /// <summary>A return with spreadsheet habits in it: £ signs, thousands separators, a % sign, a name-only subcontractor.</summary>
    public static ReturnFiles SampleReturn(Quarter? quarter = null) => new ReturnFiles(quarter ?? Quarter)
        .Add(ReturnStandard.Funding, new() { [ContractReference] = "C-EMP-1", [FieldNames.PaymentType] = "fee", [Amount] = "£12,500.00", [Description] = "Service fee, July to September" })
        .Add(ReturnStandard.Funding, new() { [ContractReference] = "C-HOU-2", [FieldNames.PaymentType] = "grant", [Amount] = "900.10" })
        .Add(ReturnStandard.Funding, new() { [ContractReference] = "C-EMP-1", [FieldNames.PaymentType] = "service-credit-deduction", [Amount] = "-150.00", [DateReceived] = (quarter ?? Quarter).StartDate.AddMonths(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })
        .Add(ReturnStandard.KpiResults, new() { [ContractReference] = "C-EMP-1", [KpiCode] = "K1", [Actual] = "62.5", [Numerator] = "125", [Denominator] = "200", [Rating] = "good" })
        .Add(ReturnStandard.KpiResults, new() { [ContractReference] = "C-EMP-1", [KpiCode] = "K2", [Actual] = "8" })
        .Add(ReturnStandard.KpiResults, new() { [ContractReference] = "C-HOU-2", [KpiCode] = "H1", [Actual] = "78.5", [Rating] = "approaching-target", [AreaCode] = "E12000001" })
        .Add(ReturnStandard.Subcontracts, new() { [ContractReference] = "C-EMP-1", [SubcontractorId] = "GB-CHC-1234567", [SubcontractorName] = "Northside Community Trust", [Service] = "Mentoring", [ValuePaidInQuarter] = "8,400.00", [TotalValue] = "96000", [PerformanceRating] = "good" })
        .Add(ReturnStandard.Subcontracts, new() { [ContractReference] = "C-HOU-2", [SubcontractorName] = "Hillside Lettings", [Service] = "Property checks", [ValuePaidInQuarter] = "1200", [TotalValue] = "4800" })
        .Add(ReturnStandard.Satisfaction, new() { [ContractReference] = "C-EMP-1", [Measure] = "Overall satisfaction", [Method] = "survey", [Respondents] = "240", [PercentPositive] = "81.5", [PercentNegative] = "6" });
}

public sealed class SqliteInputFormTests(SqliteTestDatabase database) : InputFormTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresInputFormTests(PostgresTestDatabase database) : InputFormTests(database), IClassFixture<PostgresTestDatabase>;
