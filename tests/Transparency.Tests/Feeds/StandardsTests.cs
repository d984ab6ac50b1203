using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;

namespace Transparency.Tests.Feeds;

/// <summary>OCDS, 360Giving and DCAT outputs, checked against the official schemas and the database.</summary>
public abstract class StandardsTests(TestDatabase database)
{
    [Fact]
    public async Task OcdsBulkRecordPackage_ValidatesWithZeroErrors()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);
        var schemas = await OcdsSchemas.GetAsync();
        await using var db = database.CreateContext();

        var json = await portal.GetStringAsync("/downloads/ocds/record-package.json");
        using var package = JsonDocument.Parse(json);

        Assert.Empty(SchemaValidation.Errors(schemas.RecordPackage, json));
        Assert.Equal(await db.Contracts.CountAsync(), package.RootElement.GetProperty("records").GetArrayLength());
    }

    [Fact]
    public async Task OcdsContractPackages_ValidateAndCarryTheUkRatingOfEachResult()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);
        var schemas = await OcdsSchemas.GetAsync();
        await using var db = database.CreateContext();
        var contracts = await db.Contracts.OrderBy(c => c.Id).Select(c => c.Reference).Take(12).ToListAsync();

        foreach (var reference in contracts)
        {
            var releases = await portal.GetStringAsync($"/ocds/{reference}/release-package.json");
            var record = await portal.GetStringAsync($"/ocds/{reference}/record-package.json");
            Assert.Empty(SchemaValidation.Errors(schemas.ReleasePackage, releases));
            Assert.Empty(SchemaValidation.Errors(schemas.RecordPackage, record));
        }

        var sample = await db.KpiResults.Where(r => r.ReturnVersion!.Status == ReturnVersionStatus.Published)
            .OrderBy(r => r.Id).Select(r => new { r.KpiDefinition!.Contract!.Reference, r.KpiDefinition.Code, r.QuarterCode, r.Cohort, r.AreaCode, r.Rating }).FirstAsync();
        using var compiled = JsonDocument.Parse(await portal.GetStringAsync($"/ocds/{sample.Reference}/record-package.json"));
        var release = compiled.RootElement.GetProperty("records")[0].GetProperty("compiledRelease");
        var observation = release.GetProperty("contracts")[0].GetProperty("implementation").GetProperty("metrics").EnumerateArray()
            .Single(m => m.GetProperty("id").GetString() == sample.Code).GetProperty("observations").EnumerateArray()
            .Single(o => o.GetProperty("id").GetString() == ObservationId(sample.QuarterCode, sample.Cohort, sample.AreaCode));
        var roles = release.GetProperty("parties").EnumerateArray().SelectMany(p => p.GetProperty("roles").EnumerateArray().Select(r => r.GetString())).ToHashSet();

        Assert.Equal(sample.Rating.OcdsCode(), observation.GetProperty("measureClassification").GetProperty("id").GetString());
        Assert.Contains("buyer", roles);
        Assert.Contains("supplier", roles);
        Assert.NotEmpty(release.GetProperty("contracts")[0].GetProperty("agreedMetrics").EnumerateArray());
    }

    [Fact]
    public async Task OcdsBulk_SubcontractorsAreParties()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);

        using var package = JsonDocument.Parse(await portal.GetStringAsync("/downloads/ocds/record-package.json"));
        var roles = package.RootElement.GetProperty("records").EnumerateArray()
            .SelectMany(r => r.GetProperty("compiledRelease").GetProperty("parties").EnumerateArray())
            .SelectMany(p => p.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        Assert.Contains("subcontractor", roles);
    }

    [Fact]
    public async Task GrantsPackage_ValidatesAgainst360GivingAndHoldsEveryGrantLine()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);
        var schemas = await GivingSchemas.GetAsync();
        await using var db = database.CreateContext();
        var expected = await db.Funding.CountAsync(f => f.PaymentType == PaymentType.Grant && f.ReturnVersion!.Status == ReturnVersionStatus.Published);

        var json = await portal.GetStringAsync("/downloads/360giving/grants.json");
        using var package = JsonDocument.Parse(json);

        Assert.True(expected > 0, "The demonstration data should include grants.");
        Assert.Empty(schemas.Errors(json));
        Assert.Equal(expected, package.RootElement.GetProperty("grants").GetArrayLength());
    }

    [Fact]
    public async Task Catalog_ListsDatasetsWhoseDownloadsAllResolve()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);

        using var catalog = JsonDocument.Parse(await portal.GetStringAsync("/catalog.jsonld"));
        var root = catalog.RootElement;
        var datasets = root.GetProperty("dcat:dataset").EnumerateArray().ToList();
        var parts = datasets.SelectMany(d => d.TryGetProperty("dct:hasPart", out var p) ? p.EnumerateArray().ToList() : []).ToList();
        var downloads = datasets.Concat(parts).SelectMany(d => d.GetProperty("dcat:distribution").EnumerateArray())
            .Where(d => d.TryGetProperty("dcat:downloadURL", out _))
            .Select(d => new Uri(d.GetProperty("dcat:downloadURL").GetProperty("@id").GetString()!).PathAndQuery).ToList();
        var formats = datasets.SelectMany(d => d.GetProperty("dcat:distribution").EnumerateArray())
            .Select(d => d.GetProperty("dcat:mediaType").GetProperty("@id").GetString()).ToHashSet();

        Assert.Equal("dcat:Catalog", root.GetProperty("@type").GetString());
        Assert.Equal("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", root.GetProperty("dct:license").GetProperty("@id").GetString());
        Assert.Equal(11, datasets.Count);
        Assert.NotEmpty(parts);
        Assert.All(datasets, d => Assert.True(d.TryGetProperty("dct:modified", out _)));
        Assert.Contains(formats, f => f!.EndsWith("application/atom+xml", StringComparison.Ordinal));
        foreach (var path in downloads)
        {
            using var response = await portal.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));
            Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}.");
        }
    }

    private static string ObservationId(int quarterCode, string? cohort, string? area) =>
        Web.Feeds.StableIds.KpiResult("c", "k", quarterCode, cohort, area)["c/k/".Length..];
}

public sealed class SqliteStandardsTests(SqliteTestDatabase database) : StandardsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresStandardsTests(PostgresTestDatabase database) : StandardsTests(database), IClassFixture<PostgresTestDatabase>;
