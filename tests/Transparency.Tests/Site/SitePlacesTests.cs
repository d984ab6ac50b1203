using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Tests.Site;

/// <summary>Area names, KPIs reported area by area, peer benchmarks, the regions hex map and what a correction changed (issue 18).</summary>
public abstract class SitePlacesTests(TestDatabase database)
{
    private string? _folder;

    [Fact]
    public async Task Build_KpiReportedInTwoAreas_CombinesThemForTheContractAndNamesEachArea()
    {
        var html = await PageAsync(PlacesFixture.AlphaContractUrl);

        // (40 + 70) / (100 + 200) people, rated by the portal against the 35% target.
        Assert.Contains(">36.7%</td>", html, StringComparison.Ordinal);
        Assert.Contains("North East (E12000001), South East (E12000008)", html, StringComparison.Ordinal);
        Assert.Contains("Results in each area", html, StringComparison.Ordinal);
        Assert.Contains(">South East</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ONS codes", html, StringComparison.Ordinal);
        var csv = await File.ReadAllTextAsync(Path.Combine(await FolderAsync(), "contracts/places-alpha/kpi-areas.csv"));
        Assert.Contains("JOBS KPI JOBS,North East,E12000001,40,Good", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_ContractKpi_ShowsMedianAndRangeOfComparableKpisInTheSector()
    {
        var alpha = await PageAsync(PlacesFixture.AlphaContractUrl);
        Assert.Contains("3 other employment contracts reported a comparable KPI", alpha, StringComparison.Ordinal);
        Assert.Contains("Their median was 30.0%, ranging from 20.0% to 50.0%.", alpha, StringComparison.Ordinal);

        // Beta's peers include Alpha's two areas combined into one figure, not counted as two contracts.
        var beta = await PageAsync(PlacesFixture.BetaContractUrl);
        Assert.Contains("Their median was 36.7%, ranging from 30.0% to 50.0%.", beta, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_CorrectionOfOneArea_ShowsTheChangedLineOldAndNewAndLinksBothVersions()
    {
        var html = await PageAsync(PlacesFixture.AlphaReturnsUrl);

        Assert.Contains("The South East count missed October starts.", html, StringComparison.Ordinal);
        Assert.Contains(">JOBS KPI JOBS, South East</td>", html, StringComparison.Ordinal);
        Assert.Contains("30.0% (Approaching target)</td>", html, StringComparison.Ordinal);
        Assert.Contains("35.0% (Good)</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("North East</td>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/providers/gb-coh-98000001/returns/2025-26-q2/v1/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/providers/gb-coh-98000001/returns/2025-26-q2/v2/\"", html, StringComparison.Ordinal);
        var csv = await File.ReadAllTextAsync(Path.Combine(await FolderAsync(), "providers/gb-coh-98000001/returns/changes-2025-26-q2-v2.csv"));
        Assert.Equal("Section,Contract,Line,Version 1,Version 2\nKPI results,PLACES-ALPHA,\"JOBS KPI JOBS, South East\",30,35\n", csv);
    }

    [Fact]
    public async Task Build_RegionalVariation_DrawsAHexMapOfRegionsWithATableAlternative()
    {
        var html = await PageAsync("/insights/regional-variation/");

        Assert.Contains("class=\"app-chart app-hex-map\"", html, StringComparison.Ordinal);
        Assert.Contains("Regions at a glance", html, StringComparison.Ordinal);
        Assert.Contains(">South East</td>", html, StringComparison.Ordinal);
        Assert.Contains(">E12000008</td>", html, StringComparison.Ordinal);

        // All nine English regions have a tile; the nations have none without data.
        Assert.Contains(">London</text>", html, StringComparison.Ordinal);
        Assert.Contains(">No results</text>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Wales</text>", html, StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string url) => await File.ReadAllTextAsync(Path.Combine(await FolderAsync(), SiteUrls.FileFor(url)));

    private async Task<string> FolderAsync()
    {
        if (_folder is not null)
        {
            return _folder;
        }

        await using (var db = database.CreateContext())
        {
            if (!await db.Organisations.AnyAsync())
            {
                await PlacesFixture.SeedAsync(db);
            }
        }

        await using var portal = SitePortal.Create(database, buildOnStart: false);
        await using var scope = portal.Services.CreateAsyncScope();
        var folder = Directory.CreateTempSubdirectory("transparency-places-").FullName;
        await scope.ServiceProvider.GetRequiredService<SiteBuilder>().BuildAsync(folder, SiteScope.Everything);
        return _folder = folder;
    }
}

public sealed class SqliteSitePlacesTests(SqliteTestDatabase database) : SitePlacesTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresSitePlacesTests(PostgresTestDatabase database) : SitePlacesTests(database), IClassFixture<PostgresTestDatabase>;
