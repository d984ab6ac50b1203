using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;
using Transparency.Web.Site.Model;
using Transparency.Web.Site.Search;

namespace Transparency.Tests.Site.Search;

/// <summary>
/// The portal's own search on both engines: ranked, tolerant of case and small typos, across every kind of entry,
/// current after a registry change, and served as a page that works without JavaScript.
/// </summary>
public abstract class SiteSearchTests(SearchPortal portal)
{
    [Fact]
    public async Task Search_ForAProvidersWholeName_RanksThatProviderFirst()
    {
        var provider = await ProviderWithTheMostContractsAsync();

        var results = await portal.SearchAsync(provider.Name);

        Assert.Equal((SearchEntryKind.Provider, SiteUrls.Provider(provider.Identifier)), (results.Hits[0].Kind, results.Hits[0].Url));
        Assert.Contains(results.Hits, h => h.Kind == SearchEntryKind.Contract);
    }

    [Fact]
    public async Task Search_IgnoresCaseAndPunctuation()
    {
        var provider = await ProviderWithTheMostContractsAsync();

        var lower = await portal.SearchAsync(provider.Name.ToLowerInvariant());
        var upper = await portal.SearchAsync("  " + provider.Name.ToUpperInvariant().Replace(" ", " ... ", StringComparison.Ordinal) + "!");

        Assert.Equal(SiteUrls.Provider(provider.Identifier), lower.Hits[0].Url);
        Assert.Equal(lower.Hits.Select(h => h.Url), upper.Hits.Select(h => h.Url));
    }

    [Fact]
    public async Task Search_ForTheStartOfAName_FindsIt()
    {
        var provider = await ProviderWithTheMostContractsAsync();
        var start = LongestWord(provider.Name)[..4];

        var results = await portal.SearchAsync(start, pageSize: 50);

        Assert.Contains(results.Hits, h => h.Url == SiteUrls.Provider(provider.Identifier));
        Assert.Empty(results.Corrections);
    }

    [Fact]
    public async Task Search_WithTwoLettersSwappedInAWord_FindsTheProviderAndSaysWhatItSearchedFor()
    {
        var provider = await ProviderWithTheMostContractsAsync();
        var word = LongestWord(provider.Name);
        var typo = word[..2] + word[3] + word[2] + word[4..];
        var query = provider.Name.Replace(word, typo, StringComparison.Ordinal);

        var results = await portal.SearchAsync(query);

        Assert.Equal(SiteUrls.Provider(provider.Identifier), results.Hits[0].Url);
        Assert.Contains((SearchText.Fold(typo), SearchText.Fold(word)), results.Corrections);
    }

    [Fact]
    public async Task Search_WithOneWrongLetter_ReadsItAsTheNearestWordOnly()
    {
        var exact = await portal.SearchAsync("housing", pageSize: 50);

        var typed = await portal.SearchAsync("houseing", pageSize: 50);

        Assert.Equal([("houseing", "housing")], typed.Corrections);
        Assert.NotEmpty(typed.Hits);
        Assert.True(typed.Total <= exact.Total, $"'houseing' found {typed.Total}, more than the {exact.Total} that 'housing' finds.");
    }

    [Fact]
    public async Task Search_ByIdentifierOrReference_FindsCommissionersContractsAndKpis()
    {
        await using var db = portal.Database.CreateContext();
        var kpi = await db.KpiDefinitions.Include(k => k.Contract!).ThenInclude(c => c.Commissioner).OrderBy(k => k.Id).FirstAsync();

        var byCommissioner = await portal.SearchAsync(kpi.Contract!.Commissioner!.Identifier);
        var byReference = await portal.SearchAsync(kpi.Contract.Reference);
        var byKpiName = await portal.SearchAsync(kpi.Name + " " + kpi.Contract.Reference);

        Assert.Contains(byCommissioner.Hits, h => h.Kind == SearchEntryKind.Commissioner && h.Url == SiteUrls.Commissioner(kpi.Contract.Commissioner.Identifier));
        Assert.Equal((SearchEntryKind.Contract, SiteUrls.Contract(kpi.Contract.Reference)), (byReference.Hits[0].Kind, byReference.Hits[0].Url));
        Assert.Contains(byKpiName.Hits, h => h.Kind == SearchEntryKind.Kpi && h.Title == kpi.Name && h.Url == SiteUrls.Contract(kpi.Contract.Reference));
    }

    [Fact]
    public async Task Search_FindsParentGroupsAndSubcontractors()
    {
        await using var db = portal.Database.CreateContext();
        var group = await db.ParentGroups.Where(g => g.Members.Any(m => m.ContractsAsProvider.Count > 0)).OrderBy(g => g.Id).FirstAsync();
        var subcontractor = await db.Subcontracts.Where(s => s.ReturnVersion!.Status == ReturnVersionStatus.Published)
            .OrderByDescending(s => s.QuarterCode).ThenBy(s => s.Id).Select(s => s.Subcontractor!).FirstAsync();

        var groups = await portal.SearchAsync(group.Name);
        var subcontractors = await portal.SearchAsync(subcontractor.Name, pageSize: 50);

        Assert.Contains(groups.Hits, h => h.Kind == SearchEntryKind.ParentGroup && h.Url == SiteUrls.ProvidersInGroup(group.Id, group.Name));
        Assert.Contains(subcontractors.Hits, h => h.Kind == SearchEntryKind.Subcontractor && h.Url == SiteUrls.Subcontractor(subcontractor.Identifier));
    }

    [Fact]
    public async Task Search_ForNonsense_FindsNothing()
    {
        var results = await portal.SearchAsync("zzqxv wqqxz");

        Assert.Equal(0, results.Total);
    }

    [Fact]
    public async Task RegistryChange_MakesANewProviderFindable_OnceTheProjectionHasAppliedIt()
    {
        await using (var db = portal.Database.CreateContext())
        {
            var commissioner = await db.Contracts.OrderBy(c => c.Id).Select(c => c.CommissionerId).FirstAsync();
            var provider = new Organisation { Identifier = "GB-COH-99887766", Name = "Quillfeather Zebedee Services Ltd", LegalForm = LegalForm.Company, IsDemonstration = true };
            db.Organisations.Add(provider);
            db.Contracts.Add(new Contract
            {
                Reference = "QZ-2026-001",
                Title = "Riverside reablement service",
                CommissionerId = commissioner,
                Provider = provider,
                Sector = Sector.SocialCare,
                StartDate = new DateOnly(2025, 4, 1),
                EndDate = new DateOnly(2028, 3, 31),
                PaymentModel = PaymentModel.Block,
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal(0, (await portal.SearchAsync("quillfeather")).Total);
        await portal.CatchUpAsync();

        var results = await portal.SearchAsync("Quillfeather zebedee");
        Assert.Equal(SiteUrls.Provider("GB-COH-99887766"), results.Hits[0].Url);
        Assert.Contains(results.Hits, h => h.Url == SiteUrls.Contract("QZ-2026-001"));
        using var page = await portal.Client.GetAsync(new Uri(results.Hits[0].Url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task SearchPage_WithAQuery_IsServerRenderedWithResultsThatLinkToPages()
    {
        var provider = await ProviderWithTheMostContractsAsync();

        using var response = await portal.Client.GetAsync(new Uri("/search/?q=" + Uri.EscapeDataString(provider.Name.ToUpperInvariant()), UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<title>Search results for ‘{provider.Name.ToUpperInvariant()}’ – Transparency</title>", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{provider.Name.ToUpperInvariant()}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{SiteUrls.Provider(provider.Identifier)}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/js/search.js", html, StringComparison.Ordinal);
        Assert.Contains("<footer", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_WithoutTheSlashOrAQuery_ShowsTheForm()
    {
        using var response = await portal.Client.GetAsync(new Uri("/search", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"q\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("search-results-heading", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_EncodesWhatWasTyped()
    {
        var html = await portal.Client.GetStringAsync(new Uri("/search/?q=" + Uri.EscapeDataString("<script>alert(1)</script>\""), UriKind.Relative));

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_EveryResultOfABroadQuery_Answers200()
    {
        var results = await portal.SearchAsync("service", pageSize: 50);

        Assert.True(results.Total > 0);
        foreach (var url in results.Hits.Select(h => h.Url).Distinct())
        {
            using var response = await portal.Client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Suggest_AnswersTheBestFewHitsAsJson()
    {
        var provider = await ProviderWithTheMostContractsAsync();

        var json = await portal.Client.GetStringAsync(new Uri("/search/suggest?q=" + Uri.EscapeDataString(provider.Name[..Math.Min(8, provider.Name.Length)]), UriKind.Relative));
        var hits = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();

        Assert.InRange(hits.Count, 1, 8);
        Assert.All(hits, h => Assert.StartsWith("/", h.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    private async Task<Organisation> ProviderWithTheMostContractsAsync()
    {
        await using var db = portal.Database.CreateContext();
        return await db.Organisations.Where(o => o.ContractsAsProvider.Count > 0 && o.Identifier != "GB-COH-99887766")
            .OrderByDescending(o => o.ContractsAsProvider.Count).ThenBy(o => o.Id).FirstAsync();
    }

    private static string LongestWord(string name) => name.Split(' ').OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).First();
}

public sealed class SqliteSiteSearchTests(SqliteSearchPortal portal) : SiteSearchTests(portal), IClassFixture<SqliteSearchPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresSiteSearchTests(PostgresSearchPortal portal) : SiteSearchTests(portal), IClassFixture<PostgresSearchPortal>;
