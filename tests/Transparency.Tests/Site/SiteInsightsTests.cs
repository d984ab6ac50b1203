using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;
using Transparency.Web.Insights;
using Transparency.Web.Insights.Concentration;
using Transparency.Web.Insights.DataQuality;
using Transparency.Web.Insights.Timeliness;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Tests.Site;

public abstract class SiteInsightsTests(TestDatabase database)
{
    private static readonly InsightsPeriod LastYear = InsightsPeriod.Between(new Quarter(2024, 3), SiteFixture.Second);

    [Fact]
    public async Task Build_Everything_ConcentrationPageShowsTheInsightsFigures()
    {
        await using var portal = SitePortal.Create(database, buildOnStart: false);
        await using var scope = portal.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var folder = await BuildAsync(services, SiteScope.Everything);
        var overall = await services.GetRequiredService<ConcentrationInsights>().Overall(LastYear).SingleAsync();

        var html = await File.ReadAllTextAsync(Path.Combine(folder, "insights/concentration/index.html"));
        Golden.Match("concentration.html", html);
        Assert.Contains($"{overall.Hhi.ToString("N0", SiteFormat.Culture)}: {overall.Band.ToLowerInvariant()}", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", html, StringComparison.Ordinal);
        var csv = await File.ReadAllTextAsync(Path.Combine(folder, "insights/concentration/concentration.csv"));
        Assert.StartsWith("Market,Funding received,Groups,HHI,Top five share,Concentration\n", csv, StringComparison.Ordinal);
        Assert.Contains($"All contracts,{SiteFormat.PoundsCsv(overall.FundingPence)},{overall.Groups},{SiteFormat.Invariant(overall.Hhi)},", csv, StringComparison.Ordinal);
        Assert.Contains("href=\"/downloads/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/feeds/returns.atom\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_Everything_LinksEveryInsightsPageFromHomeAndSectors()
    {
        await using var portal = SitePortal.Create(database, buildOnStart: false);
        await using var scope = portal.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var folder = await BuildAsync(services, SiteScope.Everything);

        var home = await File.ReadAllTextAsync(Path.Combine(folder, "index.html"));
        var sectors = await File.ReadAllTextAsync(Path.Combine(folder, "sectors/index.html"));
        foreach (var topic in new[] { "concentration", "outcome-focus", "subcontracting", "cohort-gaps", "regional-variation", "timeliness" })
        {
            Assert.True(File.Exists(Path.Combine(folder, "insights", topic, "index.html")), $"No page for {topic}.");
            Assert.Contains($"href=\"/insights/{topic}/\"", home, StringComparison.Ordinal);
            Assert.Contains($"href=\"/insights/{topic}/\"", sectors, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Build_ForOneProvider_ShowsItsDataQualityScoreButLeavesInsightsPagesAlone()
    {
        await using var portal = SitePortal.Create(database, buildOnStart: false);
        await using var scope = portal.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var folder = await BuildAsync(services, SiteScope.ForProvider(await ProviderIdAsync()));
        var schedule = await services.GetRequiredService<TimelinessInsights>().ScheduleAsync(DateTime.Parse(SiteFixture.AsOf, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));
        var scores = await services.GetRequiredService<DataQualityInsights>().Versions(schedule)
            .Where(v => v.QuarterCode >= LastYear.FromCode && v.QuarterCode <= LastYear.ToCode).Select(v => v.Score).ToListAsync();

        var html = await File.ReadAllTextAsync(Path.Combine(folder, SiteUrls.FileFor(SiteFixture.ProviderUrl)));
        Assert.NotEmpty(scores);
        Assert.Contains($"<strong>{Math.Round(scores.Average(), MidpointRounding.AwayFromZero)} out of 100.</strong>", html, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "insights")));
    }

    private async Task<int> ProviderIdAsync()
    {
        await SeedOnceAsync();
        await using var db = database.CreateContext();
        return await db.Organisations.Where(o => o.Identifier == "GB-COH-99000001").Select(o => o.Id).SingleAsync();
    }

    private async Task SeedOnceAsync()
    {
        await using var db = database.CreateContext();
        if (!await db.Organisations.AnyAsync())
        {
            await SiteFixture.SeedAsync(db);
        }
    }

    private async Task<string> BuildAsync(IServiceProvider services, SiteScope scope)
    {
        await SeedOnceAsync();
        var folder = Directory.CreateTempSubdirectory("transparency-site-").FullName;
        await services.GetRequiredService<SiteBuilder>().BuildAsync(folder, scope);
        return folder;
    }
}

public sealed class SqliteSiteInsightsTests(SqliteTestDatabase database) : SiteInsightsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresSiteInsightsTests(PostgresTestDatabase database) : SiteInsightsTests(database), IClassFixture<PostgresTestDatabase>;
