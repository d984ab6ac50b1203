using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Feeds;

/// <summary>The site's schema.org markup and the DCAT catalogue describe the same datasets with the same distributions.</summary>
public abstract partial class DatasetMarkupTests(TestDatabase database)
{
    private const string BaseUrl = "https://transparency.example/";

    [Fact]
    public async Task DownloadsGuideMarkup_ForEveryDataset_ListsTheCatalogueDistributions()
    {
        await using var factory = new PortalFactory(database, seedDemo: true).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Site:SearchIndex", "false");
            builder.UseSetting("Site:BaseUrl", BaseUrl);
            builder.UseSetting("Feeds:PublicBaseUrl", BaseUrl);
        });
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync(new Uri("/downloads-and-feeds/", UriKind.Relative));
        using var markup = JsonDocument.Parse(JsonLdScript().Match(page).Groups[1].Value);
        using var catalog = JsonDocument.Parse(await client.GetStringAsync(new Uri("/catalog.jsonld", UriKind.Relative)));
        var site = markup.RootElement.GetProperty("dataset").EnumerateArray().ToDictionary(
            d => d.GetProperty("@id").GetString()!,
            d => d.GetProperty("distribution").EnumerateArray().Select(x => (x.GetProperty("contentUrl").GetString()!, x.GetProperty("encodingFormat").GetString()!)).ToList());
        var dcat = catalog.RootElement.GetProperty("dcat:dataset").EnumerateArray().ToDictionary(
            d => d.GetProperty("@id").GetString()!,
            d => d.GetProperty("dcat:distribution").EnumerateArray().Select(x => (
                (x.TryGetProperty("dcat:downloadURL", out var download) ? download : x.GetProperty("dcat:accessURL")).GetProperty("@id").GetString()!,
                x.GetProperty("dcat:mediaType").GetProperty("@id").GetString()!.Split("media-types/")[1])).ToList());

        Assert.Equal(11, dcat.Count);
        Assert.Equal(dcat.Keys.Order(), site.Keys.Order());
        foreach (var (id, distributions) in dcat)
        {
            Assert.Equal(distributions, site[id]);
        }

        Assert.Contains(site.Values.SelectMany(d => d), d => d.Item2 == "application/atom+xml");
        Assert.Contains(site.Values.SelectMany(d => d), d => d.Item1 == BaseUrl + "odata/Funding");
        Assert.Equal(catalog.RootElement.GetProperty("dct:license").GetProperty("@id").GetString(), markup.RootElement.GetProperty("license").GetString());
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();
}

public sealed class SqliteDatasetMarkupTests(SqliteTestDatabase database) : DatasetMarkupTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresDatasetMarkupTests(PostgresTestDatabase database) : DatasetMarkupTests(database), IClassFixture<PostgresTestDatabase>;
