using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Tests.Site;

public abstract class SiteBuilderTests(TestDatabase database)
{
    [Fact]
    public async Task Build_ProviderAndContractPages_MatchGoldenFiles()
    {
        var folder = await BuildAsync();

        Golden.Match("provider.html", await File.ReadAllTextAsync(Path.Combine(folder, SiteUrls.FileFor(SiteFixture.ProviderUrl))));
        Golden.Match("contract.html", await File.ReadAllTextAsync(Path.Combine(folder, SiteUrls.FileFor(SiteFixture.ContractUrl))));
        Golden.Match("home.html", await File.ReadAllTextAsync(Path.Combine(folder, "index.html")));
    }

    [Fact]
    public async Task Build_Twice_WritesIdenticalFiles()
    {
        var first = await BuildAsync();
        var second = await BuildAsync();

        var files = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(first, f)), File.ReadAllBytes(Path.Combine(second, f))));
    }

    [Fact]
    public async Task Build_EveryTable_HasCsvBesideItsPageWithFormulasEscaped()
    {
        var folder = await BuildAsync();

        var csv = await File.ReadAllTextAsync(Path.Combine(folder, "providers/gb-coh-99000001/subcontractors.csv"));
        Assert.StartsWith("Subcontractor,Service,Contract,SME,VCSE,Paid,Share of funding\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(", csv, StringComparison.Ordinal);
        Assert.Contains("Small Help CIC", csv, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(Path.Combine(folder, SiteUrls.FileFor(SiteFixture.ProviderUrl)));
        Assert.Contains("href=\"/providers/gb-coh-99000001/subcontractors.csv\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/odata/Subcontracts?$filter=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_ReturnHistory_ShowsCorrectionReasonAndWhatChanged()
    {
        var folder = await BuildAsync();

        var html = await File.ReadAllTextAsync(Path.Combine(folder, "providers/gb-coh-99000001/returns/index.html"));
        Assert.Contains("The K1 count missed people who started in September.", html, StringComparison.Ordinal);
        Assert.Contains(">K1 KPI K1</td>", html, StringComparison.Ordinal);
        Assert.Contains(">61.0% (Good)</td>", html, StringComparison.Ordinal);
        Assert.Contains(">63.5% (Good)</td>", html, StringComparison.Ordinal);
        Assert.Contains("Replaced by a correction", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_DataPages_CarryTheDemonstrationNotice_ContentPagesDoNot()
    {
        var folder = await BuildAsync();

        Assert.Contains("This portal holds fictional demonstration data.", await File.ReadAllTextAsync(Path.Combine(folder, "index.html")), StringComparison.Ordinal);
        Assert.Contains("This portal holds fictional demonstration data.", await File.ReadAllTextAsync(Path.Combine(folder, "sectors/social-care/index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("This portal holds fictional demonstration data.", await File.ReadAllTextAsync(Path.Combine(folder, "glossary/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_Metadata_WritesSitemapRobotsCanonicalAndDatasetJsonLd()
    {
        var folder = await BuildAsync();

        var sitemap = await File.ReadAllTextAsync(Path.Combine(folder, "sitemap.xml"));
        Assert.Contains("<loc>https://transparency.example/providers/gb-coh-99000001/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("404", sitemap, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://transparency.example/sitemap.xml", await File.ReadAllTextAsync(Path.Combine(folder, "robots.txt")), StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(Path.Combine(folder, SiteUrls.FileFor(SiteFixture.ContractUrl)));
        Assert.Contains("<link rel=\"canonical\" href=\"https://transparency.example/contracts/test-contract-1/\" />", html, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"Dataset\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_ProviderFilters_ListProviderUnderItsSectorAndLegalForm()
    {
        var folder = await BuildAsync();

        Assert.Contains("Alpha Care Ltd", await File.ReadAllTextAsync(Path.Combine(folder, "providers/sector/social-care/index.html")), StringComparison.Ordinal);
        Assert.Contains("Alpha Care Ltd", await File.ReadAllTextAsync(Path.Combine(folder, "providers/legal-form/company/index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("Alpha Care Ltd", await File.ReadAllTextAsync(Path.Combine(folder, "providers/sector/health/index.html")), StringComparison.Ordinal);
        Assert.Contains("Alpha Care Ltd", await File.ReadAllTextAsync(Path.Combine(folder, "providers/a/index.html")), StringComparison.Ordinal);
    }

    private async Task<string> BuildAsync()
    {
        await using (var db = database.CreateContext())
        {
            if (!await db.Organisations.AnyAsync())
            {
                await SiteFixture.SeedAsync(db);
            }
        }

        await using var portal = SitePortal.Create(database, buildOnStart: false);
        await using var scope = portal.Services.CreateAsyncScope();
        var folder = Directory.CreateTempSubdirectory("transparency-site-").FullName;
        await scope.ServiceProvider.GetRequiredService<SiteBuilder>().BuildAsync(folder, SiteScope.Everything);
        return folder;
    }
}

public sealed class SqliteSiteBuilderTests(SqliteTestDatabase database) : SiteBuilderTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresSiteBuilderTests(PostgresTestDatabase database) : SiteBuilderTests(database), IClassFixture<PostgresTestDatabase>;
