using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Hosting.Bulkheads;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Tests.Site;

/// <summary>The compare page and its CSV, answered by the portal from a GET form (issue 18 item 5), on <see cref="PlacesFixture"/>.</summary>
public abstract partial class ComparePageTests(TestDatabase database)
{
    private const string AlphaAndBeta = "/compare/?p=GB-COH-98000001&p=gb-coh-98000002";

    [Fact]
    public async Task Compare_TwoProviders_ShowsThemSideBySideWithTheSameTableAsCsv()
    {
        await using var portal = await PortalAsync();
        using var client = portal.CreateClient();

        using var page = await client.GetAsync(new Uri(AlphaAndBeta, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>Compare Alpha Places Ltd, Beta Places Ltd – Transparency</title>", html, StringComparison.Ordinal);
        Assert.Contains(">£100,000.00</td>", html, StringComparison.Ordinal);
        Assert.Contains(">Received in the financial year 2025-26 (to 2025-26 Q2)</th>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/compare/compare.csv?p=GB-COH-98000001&amp;p=GB-COH-98000002\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://transparency.example/compare/?p=GB-COH-98000001&amp;p=GB-COH-98000002\"", html, StringComparison.Ordinal);
        Assert.Contains("This portal holds fictional demonstration data.", html, StringComparison.Ordinal);

        // The form adds peers from the same sector without JavaScript, keeping those already chosen.
        Assert.Contains("type=\"hidden\" name=\"p\" value=\"GB-COH-98000001\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"GB-COH-98000004\">Delta Places Ltd</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"GB-COH-98000001\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/compare/?p=GB-COH-98000002\">remove", html, StringComparison.Ordinal);

        using var csv = await client.GetAsync(new Uri("/compare/compare.csv?p=GB-COH-98000001&p=GB-COH-98000002", UriKind.Relative));
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Figure,Alpha Places Ltd,Beta Places Ltd\nIdentifier,GB-COH-98000001,GB-COH-98000002\n", text, StringComparison.Ordinal);
        Assert.Contains("\nContracts,1,1\n", text, StringComparison.Ordinal);
        Assert.Contains("\nReceived in the financial year 2025-26 (to 2025-26 Q2),100000.00,50000.00\n", text, StringComparison.Ordinal);
        Assert.Contains("\nReturns on time,100,100\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_UnknownOrTooManyProviders_Answers400WithAnErrorSummaryAndKeepsTheRest()
    {
        await using var portal = await PortalAsync();
        using var client = portal.CreateClient();

        using var unknown = await client.GetAsync(new Uri("/compare/?p=GB-COH-98000001&p=GB-COH-00000000&p=", UriKind.Relative));
        var html = await unknown.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("No provider has the identifier ‘GB-COH-00000000’", html, StringComparison.Ordinal);
        Assert.Contains(">Alpha Places Ltd</th>", html, StringComparison.Ordinal);

        using var five = await client.GetAsync(new Uri("/compare/?p=GB-COH-98000001&p=GB-COH-98000002&p=GB-COH-98000003&p=GB-COH-98000004&p=GB-COH-99999999", UriKind.Relative));
        var fiveHtml = await five.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, five.StatusCode);
        Assert.Contains("Choose up to 4 providers", fiveHtml, StringComparison.Ordinal);
        Assert.Contains(">Delta Places Ltd</th>", fiveHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"q\"", fiveHtml, StringComparison.Ordinal);

        using var noneCsv = await client.GetAsync(new Uri("/compare/compare.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, noneCsv.StatusCode);
    }

    [Fact]
    public async Task Compare_ByPartOfAName_ListsMatchesThatAddToTheComparison()
    {
        await using var portal = await PortalAsync();
        using var client = portal.CreateClient();

        var html = await client.GetStringAsync(new Uri("/compare/?p=GB-COH-98000001&q=GAMMA", UriKind.Relative));

        Assert.Contains("href=\"/compare/?p=GB-COH-98000001&amp;p=GB-COH-98000003\">Add Gamma Places Ltd", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Add Beta Places Ltd", html, StringComparison.Ordinal);
        var none = await client.GetStringAsync(new Uri("/compare/?q=nobody", UriKind.Relative));
        Assert.Contains("No provider’s name contains “nobody”", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_WithoutTheSlash_RedirectsKeepingTheQuery()
    {
        await using var portal = await PortalAsync();
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/compare?p=GB-COH-98000001", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/compare/?p=GB-COH-98000001", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Compare_IsAHeavyQuery_CachedAndRefusedWhenItsCompartmentIsFull()
    {
        await using var portal = await PortalAsync(("Bulkheads:HeavyQueries:Concurrency", "1"), ("Bulkheads:HeavyQueries:QueueLength", "0"));
        await portal.Services.CatchUpAsync("query-cache");
        using var client = portal.CreateClient();

        using var first = await client.GetAsync(new Uri(AlphaAndBeta, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(AlphaAndBeta, UriKind.Relative));
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);

        var compartment = portal.Services.GetRequiredService<BulkheadCompartments>()[HeavyRequests.Queries];
        using var held = await compartment.EnterAsync(CancellationToken.None);
        using var refused = await client.GetAsync(new Uri("/compare/?p=GB-COH-98000003", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
    }

    [Fact]
    public async Task BuiltSite_PrintsOneCompareLinkPerProvider_AndEachAnswers200()
    {
        await using var portal = await PortalAsync();
        var folder = Directory.CreateTempSubdirectory("transparency-compare-").FullName;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SiteBuilder>().BuildAsync(folder, SiteScope.Everything);
        }

        var links = Directory.GetFiles(folder, "*.html", SearchOption.AllDirectories)
            .SelectMany(f => CompareLink().Matches(File.ReadAllText(f)).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["/compare/?p=GB-COH-98000001", "/compare/?p=GB-COH-98000002", "/compare/?p=GB-COH-98000003", "/compare/?p=GB-COH-98000004"], links);
        using var client = portal.CreateClient();
        foreach (var link in links)
        {
            using var response = await client.GetAsync(new Uri(link, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link} answered {(int)response.StatusCode}.");
        }
    }

    [GeneratedRegex("href=\"(/compare/[^\"]*)\"")]
    private static partial Regex CompareLink();

    private async Task<WebApplicationFactory<Program>> PortalAsync(params (string Key, string Value)[] settings)
    {
        await using (var db = database.CreateContext())
        {
            if (!await db.Organisations.AnyAsync())
            {
                await PlacesFixture.SeedAsync(db);
                db.Settings.Add(new Transparency.Web.Domain.PortalSetting { Key = Transparency.Web.Demo.DemoMarker.SettingKey, Value = Transparency.Web.Demo.DemoMarker.Notice, UpdatedAt = new DateTime(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc) });
                await db.SaveChangesAsync();
            }
        }

        return SitePortal.Create(database, buildOnStart: false).WithWebHostBuilder(b =>
        {
            b.UseSetting("Api:RequestsPerWindow", "10000");
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });
    }
}

public sealed class SqliteComparePageTests(SqliteTestDatabase database) : ComparePageTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresComparePageTests(PostgresTestDatabase database) : ComparePageTests(database), IClassFixture<PostgresTestDatabase>;
