using System.Net;
using System.Text.Json;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;

namespace Transparency.Tests.Feeds;

/// <summary>With no funding paid as grants there is no 360Giving file (an empty package fails the standard's schema): it is left out and explained.</summary>
public abstract class NoGrantsDownloadsTests(TestDatabase database)
{
    [Fact]
    public async Task NoGrantFunding_LeavesThe360GivingFileOutAndExplainsWhy()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: false);
        await using (var db = database.CreateContext())
        {
            var (contract, version) = await TestData.SeedMinimalAsync(db, new Quarter(2025, 2));
            db.Add(new FundingRecord { ReturnVersionId = version.Id, ContractId = contract.Id, QuarterCode = 20252, PaymentType = PaymentType.Fee, AmountPence = 50_000 });
            await db.SaveChangesAsync();
            await Publications.LogAsync(db, PublicationChangeKind.Published, version);
        }

        await portal.CatchUpAsync();
        using var grants = await portal.Client.GetAsync(new Uri("/downloads/360giving/grants.json", UriKind.Relative));
        using var problem = JsonDocument.Parse(await grants.Content.ReadAsStringAsync());
        var package = await portal.GetStringAsync("/downloads/datapackage.json");
        using var catalog = JsonDocument.Parse(await portal.GetStringAsync("/catalog.jsonld"));
        var datasets = catalog.RootElement.GetProperty("dcat:dataset").EnumerateArray().Select(d => d.GetProperty("dct:identifier").GetString()).ToList();
        var sums = (await portal.GetStringAsync("/downloads/SHA256SUMS")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.NotFound, grants.StatusCode);
        Assert.Equal("application/problem+json", grants.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no 360Giving file", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("360giving", package, StringComparison.Ordinal);
        Assert.DoesNotContain("grants", datasets);
        Assert.Contains("funding", datasets);
        Assert.DoesNotContain(sums, l => l.Contains("360giving", StringComparison.Ordinal));
        foreach (var path in sums.Select(l => l[66..]))
        {
            using var response = await portal.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/downloads/" + path, UriKind.Relative)));
            Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}.");
        }
    }
}

public sealed class SqliteNoGrantsDownloadsTests(SqliteTestDatabase database) : NoGrantsDownloadsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresNoGrantsDownloadsTests(PostgresTestDatabase database) : NoGrantsDownloadsTests(database), IClassFixture<PostgresTestDatabase>;
