using Transparency.Web.Domain;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>Late and missing returns: an overview of the last four quarters due, and a page per quarter of the window.</summary>
public sealed class ReturnsPages : PageSource<ReturnsPages.Inputs>
{
    /// <summary>What the returns pages read: the returns, the providers that owe them, and the deadline rule.</summary>
    public sealed record Inputs(SiteScope Scope, SitePeriod Period, SiteRegistry Registry, SiteReturns Returns);

    protected override Inputs InputsFrom(SiteData data) => new(data.Scope, data.Period, data.Registry, data.Returns);

    public override IEnumerable<PageJob> Plan(Inputs inputs, SiteContext site)
    {
        var (period, registry, returns) = (inputs.Period, inputs.Registry, inputs.Returns);
        // The overview shows the last year. A full build writes a page for every quarter of the window, since the insights
        // link to them; a scoped build reads only the last year's returns of other providers, so it rewrites only those.
        var quarters = period.LastYear.Reverse().ToList();
        yield return new PageJob(SiteUrls.LateAndMissing, () => Index(period, registry, returns, quarters));
        foreach (var quarter in (inputs.Scope.IsEverything ? period.Window : period.LastYear).Reverse())
        {
            yield return new PageJob(SiteUrls.ReturnsForQuarter(quarter), () => ForQuarter(period, registry, returns, quarter));
        }
    }

    private static SitePage Index(SitePeriod period, SiteRegistry registry, SiteReturns returns, List<Quarter> quarters)
    {
        var table = new SiteTable("Returns due by quarter", [new("Quarter"), new("Due", true), new("On time", true), new("Late", true), new("Missing", true)],
            quarters.Select(q =>
            {
                var due = ReturnTimeliness.ForQuarter(period, registry, returns, q).ToList();
                return (IReadOnlyList<SiteCell>)[new SiteCell(q.ToString(), SiteUrls.ReturnsForQuarter(q)), SiteFormat.Number(due.Count),
                    SiteFormat.Number(due.Count(d => d.State == TimelinessStatus.OnTime)), SiteFormat.Number(due.Count(d => d.State == TimelinessStatus.Late)),
                    SiteFormat.Number(due.Count(d => d.State == TimelinessStatus.Missing))];
            }).ToList(),
            "returns-by-quarter.csv", null);
        var meta = new PageMeta(SiteUrls.LateAndMissing, "Late and missing returns",
            $"Every provider with an active contract must publish a return for each quarter, by {period.Deadlines.Describe()}.")
        {
            Section = "returns",
            Breadcrumbs = [("Home", SiteUrls.Home)],
        };
        return new SitePage(meta, typeof(ListView), new ListModel("Returns", meta.Title, meta.Description, [], table), [table]);
    }

    private static SitePage ForQuarter(SitePeriod period, SiteRegistry registry, SiteReturns returns, Quarter quarter)
    {
        var url = SiteUrls.ReturnsForQuarter(quarter);
        var late = ReturnTimeliness.ForQuarter(period, registry, returns, quarter).Where(d => d.State != TimelinessStatus.OnTime)
            .OrderBy(d => d.State == TimelinessStatus.Missing ? 0 : 1).ThenBy(d => registry.OrganisationName(d.ProviderId), StringComparer.Ordinal).ToList();
        var table = new SiteTable($"Late and missing returns for {quarter}", [new("Provider"), new("Due"), new("Status"), new("Published")],
            late.Select(d => (IReadOnlyList<SiteCell>)[new SiteCell(registry.OrganisationName(d.ProviderId), SiteUrls.ProviderReturns(registry.Organisations[d.ProviderId].Identifier)),
                new SiteCell(SiteFormat.Date(d.DueDate), Csv: d.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                new SiteCell(d.StateText, TagClass: d.TagClass),
                new SiteCell(d.FirstPublishedAt is { } at ? SiteFormat.Date(at) : "Not published", Csv: d.FirstPublishedAt is { } p ? SiteFormat.IsoDate(p) : string.Empty)]).ToList(),
            "late-and-missing.csv", ODataLinks.ReturnsForQuarter(quarter.Code));
        var meta = new PageMeta(url, $"Late and missing returns for {quarter}", $"Returns for {quarter} were due by {SiteFormat.Date(period.Deadlines.DueDate(quarter))}.")
        {
            Section = "returns",
            Breadcrumbs = [("Home", SiteUrls.Home), ("Late and missing returns", SiteUrls.LateAndMissing)],
        };
        return new SitePage(meta, typeof(ListView), new ListModel("Returns", meta.Title, meta.Description, [], table), [table]);
    }
}
