using Transparency.Web.Domain;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Compare;

/// <summary>
/// The comparison as one table, a row per figure and a column per provider, so the page and its CSV hold the same
/// thing. Money is exact, as in every table; shares are of the KPI results or returns in the row's own period.
/// </summary>
public static class ComparisonTable
{
    public static SiteTable For(IReadOnlyList<ProviderComparison> providers, SitePeriod period, string csvFile)
    {
        var columns = new List<SiteColumn> { new("Figure") };
        columns.AddRange(providers.Select(p => new SiteColumn(p.Provider.Name, true)));
        var year = period.LatestDue.FinancialYear;
        var rows = new List<IReadOnlyList<SiteCell>>
        {
            Row("Identifier", providers, p => new SiteCell(p.Provider.Identifier, SiteUrls.Provider(p.Provider.Identifier))),
            Row("Sectors", providers, p => string.Join(", ", p.Sectors.Select(SiteFormat.SectorName))),
            Row("Contracts", providers, p => SiteFormat.Number(p.Contracts)),
            Row($"Received in the financial year {year} (to {period.LatestDue})", providers, p => Money(p.ReceivedThisYearPence)),
            Row($"Received {period.LastYear[0]} to {period.LatestDue}", providers, p => Money(p.ReceivedLastYearPence)),
            Row($"Received {period.Window[0]} to {period.LatestDue}", providers, p => Money(p.ReceivedInWindowPence)),
            Row($"KPI results in {period.LatestDue}", providers, p => SiteFormat.Number(p.Ratings.Results)),
            Row("Rated Good", providers, p => Share(p.Ratings.Good, p.Ratings.Results)),
            Row("Approaching target", providers, p => Share(p.Ratings.ApproachingTarget, p.Ratings.Results)),
            Row("Requires improvement", providers, p => Share(p.Ratings.RequiresImprovement, p.Ratings.Results)),
            Row("Inadequate", providers, p => Share(p.Ratings.Inadequate, p.Ratings.Results)),
            Row($"Returns due {period.LastYear[0]} to {period.LatestDue}", providers, p => SiteFormat.Number(p.Returns.Due)),
            Row("Returns on time", providers, p => Share(p.Returns.OnTime, p.Returns.Due)),
            Row("Returns late", providers, p => SiteFormat.Number(p.Returns.Late)),
            Row("Returns missing", providers, p => SiteFormat.Number(p.Returns.Missing)),
            Row("Data-quality score (out of 100)", providers, p => p.DataQualityScore is { } s ? SiteFormat.Number(s) : new SiteCell("No returns", Csv: string.Empty)),
            Row("Passed to subcontractors (share of funding)", providers, p => Percent(p.SubcontractedShare, "No funding")),
            Row("Of that, to small firms (SMEs)", providers, p => Percent(p.SmeShare, "Nothing subcontracted")),
            Row("Of that, to charities and social enterprises (VCSEs)", providers, p => Percent(p.VcseShare, "Nothing subcontracted")),
        };
        return new SiteTable("Providers side by side", columns, rows, csvFile, null);
    }

    private static IReadOnlyList<SiteCell> Row(string figure, IReadOnlyList<ProviderComparison> providers, Func<ProviderComparison, SiteCell> cell) =>
        [new SiteCell(figure), .. providers.Select(cell)];

    private static SiteCell Money(long pence) => new(SiteFormat.Pounds(pence), Csv: SiteFormat.PoundsCsv(pence));

    private static SiteCell Share(int count, int of) => of == 0
        ? new SiteCell("None", Csv: string.Empty)
        : new SiteCell($"{SiteFormat.Percent(100.0 * count / of)} ({SiteFormat.Number(count)})", Csv: SiteFormat.Invariant(Math.Round(100.0 * count / of, 1)));

    private static SiteCell Percent(double? share, string none) => share is { } s
        ? new SiteCell(SiteFormat.Percent(s), Csv: SiteFormat.Invariant(Math.Round(s, 1)))
        : new SiteCell(none, Csv: string.Empty);
}
