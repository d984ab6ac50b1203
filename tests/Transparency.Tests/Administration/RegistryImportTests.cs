using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Administration.Registry;
using Transparency.Web.Domain;

namespace Transparency.Tests.Administration;

public abstract class RegistryImportTests(TestDatabase database)
{
    private static int Count;

    [Fact]
    public async Task Import_OrganisationsContractsAndKpis_RegistersThemAndAgainChangesNothing()
    {
        await using var factory = new PortalFactory(database);
        var n = Interlocked.Increment(ref Count);
        var files = new[]
        {
            (RegistryKind.Organisations, $"identifier,name,legal_form,sme,vcse\nGB-GOR-R{n},Department {n},public body,,\nGB-CHC-77{n:D5},\"Helping Hands {n}, Ltd\",charity,yes,yes\n"),
            (RegistryKind.Contracts, $"Reference,Title,Commissioner,Provider,Sector,Start date,End date,Total value,Payment model,Outcome payment share,Areas\nREG-{n},Advice service,GB-GOR-R{n},GB-CHC-77{n:D5},social care,01/04/2025,2028-03-31,\"£1,250,000.50\",payment by results,40,E12000001;E12000002\n"),
            (RegistryKind.Kpis, $"contract,code,name,kind,unit,target,direction,service_credits\nREG-{n},K1,People helped,outcome,count,120,higher is better,yes\n"),
        };

        foreach (var (kind, csv) in files)
        {
            var result = await ImportAsync(factory.Services, kind, csv);
            Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.Fix)));
            Assert.Equal(0, result.Updated);
            Assert.True(result.Created > 0);
        }

        foreach (var (kind, csv) in files)
        {
            var again = await ImportAsync(factory.Services, kind, csv);
            Assert.Equal((0, 0), (again.Created, again.Updated));
        }

        await using var db = database.CreateContext();
        var contract = await db.Contracts.Include(c => c.Areas).Include(c => c.Kpis).Include(c => c.Provider).SingleAsync(c => c.Reference == $"REG-{n}");
        Assert.Equal(125_000_050, contract.TotalValuePence);
        Assert.Equal(new DateOnly(2025, 4, 1), contract.StartDate);
        Assert.Equal(Sector.SocialCare, contract.Sector);
        Assert.Equal(PaymentModel.PaymentByResults, contract.PaymentModel);
        Assert.Equal(["E12000001", "E12000002"], contract.Areas.Select(a => a.AreaCode).Order(StringComparer.Ordinal));
        Assert.Equal($"Helping Hands {n}, Ltd", contract.Provider!.Name);
        Assert.True(contract.Provider.IsVcse);
        Assert.True(contract.Kpis.Single().ServiceCreditsApply);
    }

    [Fact]
    public async Task Import_WithBadRows_SkipsThemWithRowColumnValueAndFixAndImportsTheRest()
    {
        await using var factory = new PortalFactory(database);
        var n = Interlocked.Increment(ref Count);
        await using var before = database.CreateContext();
        var organisations = await before.Organisations.CountAsync();
        var csv = $"identifier,name,legal_form\nGB-GOR-S{n},Good Department {n},public body\nGB-COH-123,Bad Company {n},company\nGB-GOR-T{n},,partnership\n";

        var result = await ImportAsync(factory.Services, RegistryKind.Organisations, csv);

        Assert.False(result.Succeeded);
        Assert.True(result.Partly);
        Assert.Equal((1, 2), (result.Created, result.Skipped));
        Assert.Contains(result.Problems, p => p is { Row: 3, Column: "identifier", Value: "GB-COH-123" } && p.Fix.Contains("Companies House", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p is { Row: 4, Column: "name", Value: "" } && p.Fix == "Enter the organisation's name");
        Assert.Contains(result.Problems, p => p is { Row: 4, Column: "legal_form", Value: "partnership" } && p.Fix.StartsWith("Enter one of: company, charity", StringComparison.Ordinal));
        await using var after = database.CreateContext();
        Assert.Equal(organisations + 1, await after.Organisations.CountAsync());
        Assert.True(await after.Organisations.AnyAsync(o => o.Identifier == $"GB-GOR-S{n}"));
        Assert.False(await after.Organisations.AnyAsync(o => o.Identifier == $"GB-GOR-T{n}"));
    }

    [Fact]
    public async Task Import_ContractForAnUnregisteredProvider_SaysToRegisterItFirst()
    {
        await using var factory = new PortalFactory(database);
        var n = Interlocked.Increment(ref Count);
        await ImportAsync(factory.Services, RegistryKind.Organisations, $"identifier,name,legal_form\nGB-GOR-U{n},Buyer {n},public body\n");
        var csv = $"reference,title,commissioner,provider,sector,start_date,end_date,total_value,payment_model\nUNREG-{n},Service,GB-GOR-U{n},GB-COH-99{n:D6},health,2025-04-01,2024-03-31,12.345,block\n";

        var result = await ImportAsync(factory.Services, RegistryKind.Contracts, csv);

        Assert.Contains(result.Problems, p => p is { Row: 2, Column: "provider" } && p.Fix.StartsWith($"Register the organisation GB-COH-99{n:D6} first", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p is { Row: 2, Column: "end_date" } && p.Fix == "Enter an end date on or after the start date");
        Assert.Contains(result.Problems, p => p is { Row: 2, Column: "total_value", Value: "12.345" });
        await using var db = database.CreateContext();
        Assert.False(await db.Contracts.AnyAsync(c => c.Reference == $"UNREG-{n}"));
    }

    [Fact]
    public async Task Import_ContractWithoutATotalValue_RegistersItAsNotKnown_AndReadsUkHabits()
    {
        await using var factory = new PortalFactory(database);
        var n = Interlocked.Increment(ref Count);
        await ImportAsync(factory.Services, RegistryKind.Organisations, $"identifier,name,legal_form\nGB-GOR-V{n},Buyer {n},public body\nGB-COH-98{n:D6},Provider {n} Ltd,company\n");
        var csv = $"reference,title,commissioner,provider,sector,start_date,end_date,total_value,payment_model,outcome_payment_share\n" +
            $"NOVALUE-{n},Call-off service,GB-GOR-V{n},GB-COH-98{n:D6},health,1/4/25,46112,,payment by results,40%\n";

        var result = await ImportAsync(factory.Services, RegistryKind.Contracts, csv);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.Fix)));
        await using var db = database.CreateContext();
        var contract = await db.Contracts.SingleAsync(c => c.Reference == $"NOVALUE-{n}");
        Assert.Null(contract.TotalValuePence);
        // 1/4/25 is day first with a two-digit year; 46112 is how Excel stores 31 March 2026 in a General-format cell.
        Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31)), (contract.StartDate, contract.EndDate));
        Assert.Equal(40, contract.OutcomePaymentSharePercent);
    }

    [Theory]
    [InlineData("identifier,name\nGB-GOR-X1,Missing form column\n", 1, "legal_form", "Add a column headed 'legal_form'")]
    [InlineData("identifier,name,legal_form,colour\nGB-GOR-X1,Extra column,company,blue\n", 1, "colour", "Rename or remove the column 'colour'")]
    [InlineData("identifier,name,legal_form\n", 2, "file", "Add at least one row below the header row")]
    public async Task Import_WithAWrongHeader_SaysWhatToChange(string csv, int row, string column, string fixStart)
    {
        await using var factory = new PortalFactory(database);

        var result = await ImportAsync(factory.Services, RegistryKind.Organisations, csv);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((row, column), (problem.Row, problem.Column));
        Assert.StartsWith(fixStart, problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_InWindows1252_AsksForUtf8()
    {
        await using var factory = new PortalFactory(database);
        var bytes = Encoding.Latin1.GetBytes("identifier,name,legal_form\nGB-GOR-W1,Caf\u00e9 \u00a3 Trust,charity\n");
        await using var scope = factory.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<RegistryImporter>().ImportAsync(RegistryKind.Organisations, bytes);

        Assert.Contains("UTF-8", Assert.Single(result.Problems).Fix, StringComparison.Ordinal);
    }

    private static async Task<RegistryResult> ImportAsync(IServiceProvider services, RegistryKind kind, string csv)
    {
        await using var scope = services.CreateAsyncScope();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return await scope.ServiceProvider.GetRequiredService<RegistryImporter>().ImportAsync(kind, bytes);
    }
}

public sealed class SqliteRegistryImportTests(SqliteTestDatabase database) : RegistryImportTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresRegistryImportTests(PostgresTestDatabase database) : RegistryImportTests(database), IClassFixture<PostgresTestDatabase>;
