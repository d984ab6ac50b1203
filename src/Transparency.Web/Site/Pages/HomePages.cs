using Microsoft.Extensions.Options;
using Transparency.Web.Feeds;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Markdown;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>
/// The home page (every build: its figures change with each publication), and on a full build the search page, the contracts index, the 404 page and the content pages.
/// The downloads guide carries the schema.org description of every published dataset.
/// </summary>
public sealed class HomePages(IOptions<FeedsOptions> feeds) : PageSource<HomePages.Inputs>
{
    public const string NotFoundUrl = "/404.html";

    /// <summary>What the home and content pages read: the headlines and the organisations they name, and the content pages.</summary>
    public sealed record Inputs(SiteScope Scope, SitePeriod Period, SiteRegistry Registry, SiteSummaries Summaries, IReadOnlyList<MarkdownPage> Content);

    protected override Inputs InputsFrom(SiteData data) => new(data.Scope, data.Period, data.Registry, data.Summaries, data.Content);

    public override IEnumerable<PageJob> Plan(Inputs inputs, SiteContext site)
    {
        yield return new PageJob(SiteUrls.Home, () => HomeModel.Create(inputs.Period, inputs.Registry, inputs.Summaries));
        if (!inputs.Scope.IsEverything)
        {
            yield break;
        }

        yield return new PageJob(SiteUrls.Search, () => new SitePage(
            new PageMeta(SiteUrls.Search, "Search", "Search for a provider, commissioner, subcontractor or page.") { Section = "search", ShowsData = false }, typeof(SearchView), new object(), []));
        yield return new PageJob(SiteUrls.Contracts, () => new SitePage(
            new PageMeta(SiteUrls.Contracts, Contracts.ContractIndexMarkup.Title, Contracts.ContractIndexMarkup.Lead) { Section = "contracts", Breadcrumbs = [("Home", SiteUrls.Home)] },
            typeof(ContractIndexView), new object(), []));
        yield return new PageJob(NotFoundUrl, () => new SitePage(
            new PageMeta(NotFoundUrl, "Page not found", "The page you asked for does not exist.") { ShowsData = false, Hidden = true }, typeof(NotFoundView), new object(), []));
        foreach (var content in inputs.Content)
        {
            var url = SiteUrls.Content(content.Slug);
            yield return new PageJob(url, () => new SitePage(
                new PageMeta(url, content.Title, content.Description ?? content.Title)
                {
                    Section = content.Slug == "about" ? "about" : null,
                    ShowsData = false,
                    Searchable = true,
                    Breadcrumbs = [("Home", SiteUrls.Home)],
                    JsonLd = url == PublicDatasets.GuidePage ? CatalogJsonLd.For(site, feeds.Value) : null,
                },
                typeof(ContentView), content, content.Tables));
        }
    }
}
