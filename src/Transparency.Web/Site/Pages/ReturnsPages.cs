using Transparency.Web.Domain;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>Late and missing returns: an overview of the last four quarters due, and a page per quarter of the window. Every build writes them.</summary>
public sealed class ReturnsPages : IPageSource
{
    public IEnumerable<PageJob> Plan(SiteData data, SiteContext site)
    {
        var quarters = data.LastYear.Reverse().ToList();
        yield return new PageJob(SiteUrls.LateAndMissing, () => Index(data, quarters));

        // A page for every quarter of the window, not only the four the overview shows: the timeliness insights and
        // provider pages link to older quarters (the window's returns are all read, so every build writes them right).
        foreach (var quarter in data.Window.Reverse())
        {
            yield return new PageJob(SiteUrls.ReturnsForQuarter(quarter), () => ForQuarter(data, quarter));
        }
    }

    private static SitePage Index(SiteData data, List<Quarter> quarters)
    {
        var table = new SiteTable("Returns due by quarter", [new("Quarter"), new("Due", true), new("On time", true), new("Late", true), new("Missing", true)],
            quarters.Select(q =>
            {
                var due = ReturnTimeliness.ForQuarter(data, q).ToList();
                return (IReadOnlyList<SiteCell>)[new SiteCell(q.ToString(), SiteUrls.ReturnsForQuarter(q)), SiteFormat.Number(due.Count),
                    SiteFormat.Number(due.Count(d => d.State == ReturnState.OnTime)), SiteFormat.Number(due.Count(d => d.State == ReturnState.Late)),
                    SiteFormat.Number(due.Count(d => d.State == ReturnState.Missing))];
            }).ToList(),
            "returns-by-quarter.csv", null);
        var meta = new PageMeta(SiteUrls.LateAndMissing, "Late and missing returns",
            "Every provider with an active contract must publish a return for each quarter, by one month after the quarter ends.")
        {
            Section = "returns",
            Breadcrumbs = [("Home", SiteUrls.Home)],
        };
        return new SitePage(meta, typeof(ListView), new ListModel("Returns", meta.Title, meta.Description, [], table), [table]);
    }

    private static SitePage ForQuarter(SiteData data, Quarter quarter)
    {
        var url = SiteUrls.ReturnsForQuarter(quarter);
        var late = ReturnTimeliness.ForQuarter(data, quarter).Where(d => d.State != ReturnState.OnTime)
            .OrderBy(d => d.State == ReturnState.Missing ? 0 : 1).ThenBy(d => data.OrganisationName(d.ProviderId), StringComparer.Ordinal).ToList();
        var table = new SiteTable($"Late and missing returns for {quarter}", [new("Provider"), new("Due"), new("Status"), new("Published")],
            late.Select(d => (IReadOnlyList<SiteCell>)[new SiteCell(data.OrganisationName(d.ProviderId), SiteUrls.ProviderReturns(data.Organisations[d.ProviderId].Identifier)),
                new SiteCell(SiteFormat.Date(d.DueDate), Csv: d.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                new SiteCell(d.StateText, TagClass: d.TagClass),
                new SiteCell(d.FirstPublishedAt is { } at ? SiteFormat.Date(at) : "Not published", Csv: d.FirstPublishedAt is { } p ? SiteFormat.IsoDate(p) : string.Empty)]).ToList(),
            "late-and-missing.csv", ODataLinks.ReturnsForQuarter(quarter.Code));
        var meta = new PageMeta(url, $"Late and missing returns for {quarter}", $"Returns for {quarter} were due by {SiteFormat.Date(quarter.DefaultDeadline)}.")
        {
            Section = "returns",
            Breadcrumbs = [("Home", SiteUrls.Home), ("Late and missing returns", SiteUrls.LateAndMissing)],
        };
        return new SitePage(meta, typeof(ListView), new ListModel("Returns", meta.Title, meta.Description, [], table), [table]);
    }
}
