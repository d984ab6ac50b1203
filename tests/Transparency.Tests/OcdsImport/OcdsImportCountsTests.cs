using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.OcdsImport;

namespace Transparency.Tests.OcdsImport;

/// <summary>On a database of its own: the first import of the real Contracts Finder files creates everything, the second nothing.</summary>
public abstract class OcdsImportCountsTests(TestDatabase database)
{
    [Fact]
    public async Task Import_ContractsFinderFiles_CreatesEverySupplierAndAgainChangesNothing()
    {
        var folder = ReferenceData.PathTo("ocds-uk-contracts-finder");
        var expected = CountFromFiles(folder);
        await using var factory = new PortalFactory(database);

        var first = await ImportAsync(factory.Services, folder);
        var before = await SnapshotAsync();
        var second = await ImportAsync(factory.Services, folder);
        var after = await SnapshotAsync();

        Assert.False(first.SkippedAnything, first.ToString());
        Assert.Equal(expected.Contracts, first.ContractsCreated);
        Assert.Equal(expected.Organisations, first.OrganisationsCreated);
        Assert.Equal(expected.WithoutIdentifier, first.Flagged);
        Assert.Equal((0, 0, 0, 0), (second.OrganisationsCreated, second.OrganisationsUpdated, second.ContractsCreated, second.ContractsUpdated));
        Assert.Equal(expected.Contracts, second.ContractsUnchanged);
        Assert.Equal(before, after);
    }

    /// <summary>An independent count from the raw JSON: one contract per award supplier; organisations keyed by scheme-id, else by name.</summary>
    private static (int Contracts, int Organisations, int WithoutIdentifier) CountFromFiles(string folder)
    {
        var contracts = 0;
        var organisations = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var release in document.RootElement.GetProperty("releases").EnumerateArray())
            {
                var parties = release.GetProperty("parties").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
                organisations[Key(parties[release.GetProperty("buyer").GetProperty("id").GetString()!])] = true;
                foreach (var supplier in release.GetProperty("awards").EnumerateArray().SelectMany(a => a.GetProperty("suppliers").EnumerateArray()))
                {
                    contracts++;
                    organisations[Key(parties[supplier.GetProperty("id").GetString()!])] = true;
                }
            }
        }

        return (contracts, organisations.Count, organisations.Keys.Count(k => k.StartsWith("name:", StringComparison.Ordinal)));
    }

    private static string Key(JsonElement party)
    {
        var scheme = party.TryGetProperty("identifier", out var id) && id.TryGetProperty("scheme", out var s) ? s.GetString() : null;
        var number = party.TryGetProperty("identifier", out var id2) && id2.TryGetProperty("id", out var n) ? n.GetString() : null;
        return !string.IsNullOrEmpty(scheme) && !string.IsNullOrEmpty(number) ? $"{scheme}-{number}" : "name:" + System.Net.WebUtility.HtmlDecode(party.GetProperty("name").GetString()!).ToUpperInvariant();
    }

    private async Task<List<string>> SnapshotAsync()
    {
        await using var db = database.CreateContext();
        var organisations = await db.Organisations.OrderBy(o => o.Identifier)
            .Select(o => o.Identifier + "|" + o.Name + "|" + o.LegalForm + "|" + o.IsSme + "|" + o.ReviewNote + "|" + o.UpdatedAt).ToListAsync();
        var contracts = await db.Contracts.OrderBy(c => c.Reference)
            .Select(c => c.Reference + "|" + c.Title + "|" + c.TotalValuePence + "|" + c.StartDate + "|" + c.EndDate + "|" + c.ProviderId + "|" + c.UpdatedAt).ToListAsync();
        return [.. organisations, .. contracts];
    }

    private static async Task<OcdsImportReport> ImportAsync(IServiceProvider services, string path)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OcdsImporter>().ImportAsync(path);
    }
}

public sealed class SqliteOcdsImportCountsTests(SqliteTestDatabase database) : OcdsImportCountsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresOcdsImportCountsTests(PostgresTestDatabase database) : OcdsImportCountsTests(database), IClassFixture<PostgresTestDatabase>;
