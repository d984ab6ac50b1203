using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.OcdsImport;

namespace Transparency.Tests.OcdsImport;

/// <summary>
/// Real files misbehave: a supplier listed twice on one award in different case, a file that is not OCDS, a file cut
/// off half way. Each file is imported (or skipped) on its own, and the report says what happened to each.
/// </summary>
public abstract class OcdsImportRealWorldTests(TestDatabase database)
{
    [Fact]
    public async Task Import_SupplierListedTwiceInDifferentCase_CreatesOneOrganisationAndOneContract()
    {
        var folder = Folder();
        // A real Contracts Finder package with its first supplier listed a second time, spelt as another release spells it.
        var package = JsonNode.Parse(await File.ReadAllTextAsync(ReferenceData.PathTo("ocds-uk-contracts-finder", "ocds-b5fd17-3eb9ea97-8da1-4da7-bed9-8b155663c3f0.json")))!;
        var release = package["releases"]![0]!;
        var parties = release["parties"]!.AsArray();
        var first = release["awards"]![0]!["suppliers"]![0]!;
        var party = parties.First(p => p!["id"]!.GetValue<string>() == first["id"]!.GetValue<string>())!;
        var twin = JsonNode.Parse(party.ToJsonString())!;
        twin["id"] = "99";
        twin["name"] = "REDTHREAD YOUTH LIMITED";
        parties.Add(twin);
        release["awards"]![0]!["suppliers"]!.AsArray().Add(new JsonObject { ["id"] = "99", ["name"] = "REDTHREAD YOUTH LIMITED" });
        await File.WriteAllTextAsync(Path.Combine(folder, "twice.json"), package.ToJsonString());
        await using var factory = new PortalFactory(database);

        var report = await ImportAsync(factory.Services, folder);

        Assert.False(report.SkippedAnything, report.ToString());
        await using var db = database.CreateContext();
        var redthread = await db.Organisations.Where(o => o.Name.ToUpper().StartsWith("REDTHREAD")).ToListAsync();
        var organisation = Assert.Single(redthread);
        Assert.Equal(OcdsOrganisations.LocalIdentifier("Redthread Youth Ltd"), organisation.Identifier);
        Assert.Single(await db.Contracts.Where(c => c.ProviderId == organisation.Id).ToListAsync());
        var file = Assert.Single(report.FileReports);
        Assert.Contains(file.Notes, n => n.Contains("more than once (also as 'REDTHREAD YOUTH LIMITED')", StringComparison.Ordinal));
        Assert.Equal(2, file.ContractsCreated);
    }

    [Fact]
    public async Task Import_FolderWithBrokenFiles_ImportsTheGoodOnesAndReportsEachSkippedFile()
    {
        var folder = Folder();
        File.Copy(ReferenceData.PathTo("ocds-uk-contracts-finder", "ocds-b5fd17-02d2b5b1-e148-4965-92bc-d72dd5f3f6f2.json"), Path.Combine(folder, "a-good.json"));
        await File.WriteAllTextAsync(Path.Combine(folder, "b-cut-off.json"), "{\"releases\": [{\"ocid\": \"ocds-b5fd17-x\", \"awa");
        await File.WriteAllTextAsync(Path.Combine(folder, "c-not-ocds.json"), "{\"grants\": []}");
        File.Copy(ReferenceData.PathTo("ocds-uk-contracts-finder", "ocds-b5fd17-16c02c4d-99b2-461b-8e6e-e31e22ff7e3d.json"), Path.Combine(folder, "d-good.json"));
        await using var factory = new PortalFactory(database);

        var report = await ImportAsync(factory.Services, folder);

        Assert.True(report.SkippedAnything);
        Assert.Equal(["a-good.json", "b-cut-off.json", "c-not-ocds.json", "d-good.json"], report.FileReports.Select(f => f.Name));
        Assert.Contains("is not valid JSON", Assert.Single(report.FileReports[1].Skipped), StringComparison.Ordinal);
        Assert.Contains("not an OCDS release package", Assert.Single(report.FileReports[2].Skipped), StringComparison.Ordinal);
        Assert.Equal((3, 2), (report.FileReports[0].ContractsCreated, report.FileReports[3].ContractsCreated));
        Assert.Contains("Skipped: 2 (listed above with the reason for each).", report.ToString(), StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "import OCDS" && (a.Subject == "a-good.json" || a.Subject == "d-good.json")));
    }

    [Fact]
    public async Task ImportCommand_WhenAFileIsSkipped_ExitsWithOneAfterImportingTheRest_AndSettingsMayComeFirst()
    {
        var folder = Folder();
        File.Copy(ReferenceData.PathTo("ocds-uk-contracts-finder", "ocds-b5fd17-61c38955-77fb-4a29-b3af-8465bd1107de.json"), Path.Combine(folder, "good.json"));
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.json"), "not json at all");

        var result = await PortalProcess.RunAsync(database, $"--Storage:DataFolder={database.DataFolder}", "import-ocds", folder);

        Assert.True(result.ExitCode == 1, result.Output + result.Error);
        Assert.Contains("broken.json: 0 awards", result.Output, StringComparison.Ordinal);
        Assert.Contains("Skipped: the whole file: it is not valid JSON", result.Output, StringComparison.Ordinal);
        Assert.Contains("good.json: 1 awards; organisations", result.Output, StringComparison.Ordinal);
        Assert.Contains("Everything else was imported.", result.Error, StringComparison.Ordinal);
    }

    private string Folder()
    {
        var folder = Path.Combine(database.DataFolder, "ocds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static async Task<OcdsImportReport> ImportAsync(IServiceProvider services, string path)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OcdsImporter>().ImportAsync(path);
    }
}

public sealed class SqliteOcdsImportRealWorldTests(SqliteTestDatabase database) : OcdsImportRealWorldTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresOcdsImportRealWorldTests(PostgresTestDatabase database) : OcdsImportRealWorldTests(database), IClassFixture<PostgresTestDatabase>;
