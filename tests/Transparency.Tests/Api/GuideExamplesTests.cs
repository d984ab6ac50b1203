using System.Text.Json;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Data;

namespace Transparency.Tests.Api;

/// <summary>Every example URL on the guide pages "Querying the data" and "Downloads and feeds" runs, as written, against the demonstration data.</summary>
public abstract class GuideExamplesTests(ApiPortal portal)
{
    private static readonly string[] Guides = ["querying-the-data.md", "downloads-and-feeds.md"];

    [Fact]
    public async Task EveryExampleOnTheGuide_AnswersWithAtLeastOneResult()
    {
        var urls = Guides.SelectMany(g => File.ReadAllLines(Path.Combine(PortalPaths.FindRoot(AppContext.BaseDirectory), "content", g))).Where(l => l.StartsWith("GET /odata", StringComparison.Ordinal) || l.StartsWith("GET /feeds", StringComparison.Ordinal))
            .Select(l => l[4..]).ToList();
        Assert.True(urls.Count >= 12, $"The guide has {urls.Count} examples; it promises at least 12.");

        foreach (var url in urls)
        {
            using var response = await portal.Client.GetAsync(new Uri(url, UriKind.Relative));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {text}");
            if (response.Content.Headers.ContentType?.MediaType == "application/atom+xml")
            {
                Assert.Contains("<entry>", text, StringComparison.Ordinal);
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType == "text/csv")
            {
                Assert.True(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 1, url);
                continue;
            }

            var body = JsonDocument.Parse(text).RootElement;
            var results = body.TryGetProperty("value", out var value) ? value.GetArrayLength() : 1;
            Assert.True(results > 0, $"{url} found nothing.");
        }
    }
}

public sealed class SqliteGuideExamplesTests(SqliteApiPortal portal) : GuideExamplesTests(portal), IClassFixture<SqliteApiPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresGuideExamplesTests(PostgresApiPortal portal) : GuideExamplesTests(portal), IClassFixture<PostgresApiPortal>;
