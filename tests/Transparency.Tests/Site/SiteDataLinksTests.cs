using System.Net;
using System.Text.RegularExpressions;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Site.Search;
using Transparency.Web.Site.InsightPages;
using Transparency.Web.Site.Model;

namespace Transparency.Tests.Site;

/// <summary>
/// Every "OData API query" and "CSV" link on one page of every template answers 200, on the portal serving the site
/// built from the demonstration data (issue 18: 789 of 854 OData links answered 400).
/// </summary>
public abstract partial class SiteDataLinksTests(SearchPortal portal)
{
    [Fact]
    public async Task EveryODataAndCsvLink_OnASamplePageOfEveryTemplate_Answers200()
    {
        var pages = await SamplePagesAsync();
        var failures = new List<string>();
        var checkedLinks = 0;
        foreach (var page in pages)
        {
            var html = await portal.Client.GetStringAsync(new Uri(page, UriKind.Relative));
            foreach (var link in Hrefs(html).Where(h => h.StartsWith(ODataLinks.Root + "/", StringComparison.Ordinal) || h.EndsWith(".csv", StringComparison.Ordinal)).Distinct())
            {
                var url = link.StartsWith('/') ? link : new Uri(new Uri("https://site" + page), link).PathAndQuery;
                using var response = await portal.Client.GetAsync(new Uri(url, UriKind.Relative));
                checkedLinks++;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    failures.Add($"{page} links to {url}, which answered {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
                }
            }
        }

        Assert.True(checkedLinks > pages.Count, $"Only {checkedLinks} data links were found on {pages.Count} pages.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task EveryQuarterLink_OnTheTimelinessInsightsAndLateReturnsPages_Answers200()
    {
        var links = new List<string>();
        foreach (var page in new[] { SiteUrls.Insight("timeliness"), SiteUrls.LateAndMissing })
        {
            links.AddRange(Hrefs(await portal.Client.GetStringAsync(new Uri(page, UriKind.Relative))).Where(h => Regex.IsMatch(h, "^/returns/[^/]+/$")));
        }

        Assert.True(links.Distinct().Count() > 4, $"Only {links.Distinct().Count()} quarter pages are linked.");
        foreach (var link in links.Distinct())
        {
            using var response = await portal.Client.GetAsync(new Uri(link, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link} answered {(int)response.StatusCode}");
        }
    }

    /// <summary>The index pages, then the first page each of them links to for every other template.</summary>
    private async Task<List<string>> SamplePagesAsync()
    {
        List<string> indexes = [SiteUrls.Home, SiteUrls.Providers, SiteUrls.Commissioners, SiteUrls.Sectors, SiteUrls.Subcontractors, SiteUrls.LateAndMissing, SiteUrls.Insights,
            .. InsightsPages.Topics.Select(t => t.Url)];
        var links = new List<string>();
        foreach (var index in indexes)
        {
            links.AddRange(Hrefs(await portal.Client.GetStringAsync(new Uri(index, UriKind.Relative))));
        }

        string[] templates = [@"^/providers/gb-[^/]+/$", @"^/providers/[a-z]/$", @"^/providers/sector/[^/]+/$", @"^/providers/legal-form/[^/]+/$", @"^/providers/group/[^/]+/$",
            @"^/commissioners/[^/]+/$", @"^/sectors/[^/]+/$", @"^/subcontractors/[^/]+/$", @"^/returns/[^/]+/$"];
        var samples = templates.Select(t => links.FirstOrDefault(l => Regex.IsMatch(l, t)) ?? throw new InvalidOperationException($"No page matching {t} is linked from the index pages.")).ToList();
        var provider = samples[0];
        var providerHtml = await portal.Client.GetStringAsync(new Uri(provider, UriKind.Relative));
        samples.Add(provider + "returns/");
        samples.Add(Hrefs(providerHtml).First(h => h.StartsWith("/contracts/", StringComparison.Ordinal)));
        return [.. indexes, .. samples];
    }

    private static IEnumerable<string> Hrefs(string html) => HrefPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

    [GeneratedRegex("href=\"([^\"#]+)\"")]
    private static partial Regex HrefPattern();
}

public sealed class SqliteSiteDataLinksTests(SqliteSearchPortal portal) : SiteDataLinksTests(portal), IClassFixture<SqliteSearchPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresSiteDataLinksTests(PostgresSearchPortal portal) : SiteDataLinksTests(portal), IClassFixture<PostgresSearchPortal>;
