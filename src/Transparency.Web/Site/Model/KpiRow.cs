using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

/// <summary>A KPI's latest whole-service result with its trend against the quarter before.</summary>
public sealed record KpiRow(SiteContract Contract, SiteKpi Kpi, KpiPoint? Latest, KpiPoint? Previous)
{
    public string Trend
    {
        get
        {
            if (Latest is null || Previous is null)
            {
                return "No earlier result";
            }

            var change = Latest.Actual - Previous.Actual;
            if (Math.Abs(change) < 1e-9)
            {
                return "No change";
            }

            var better = Kpi.Direction == KpiDirection.HigherIsBetter ? change > 0 : change < 0;
            return better ? "Improving" : "Getting worse";
        }
    }

    /// <summary>Whole-service KPI rows for the given contracts, latest quarter first.</summary>
    public static List<KpiRow> For(SitePeriod period, SiteRegistry registry, SiteFacts facts, IEnumerable<SiteContract> contracts)
    {
        var latest = period.LatestDue.Code;
        var previous = period.LatestDue.Previous.Code;
        var rows = new List<KpiRow>();
        foreach (var contract in contracts)
        {
            var results = facts.KpiResultsByContract[contract.Id].Where(r => r.Cohort is null && (r.QuarterCode == latest || r.QuarterCode == previous)).ToList();
            foreach (var kpi in registry.KpisByContract[contract.Id])
            {
                var byQuarter = WholeService.ByQuarter(results, kpi);
                rows.Add(new KpiRow(contract, kpi, byQuarter.GetValueOrDefault(latest), byQuarter.GetValueOrDefault(previous)));
            }
        }

        return rows;
    }

    public IReadOnlyList<SiteCell> ToCells(bool withContract)
    {
        var cells = new List<SiteCell>();
        if (withContract)
        {
            cells.Add(new SiteCell(Contract.Reference, SiteUrls.Contract(Contract.Reference)));
        }

        cells.Add(new SiteCell($"{Kpi.Code}: {Kpi.Name}"));
        cells.Add(new SiteCell(SiteFormat.KindName(Kpi.Kind), TagClass: SiteFormat.KindTagClass(Kpi.Kind)));
        cells.Add(new SiteCell(SiteFormat.KpiValue(Kpi.Target, Kpi.Unit), Csv: SiteFormat.Invariant(Kpi.Target)));
        cells.Add(Latest is null ? new SiteCell("Not reported", Csv: string.Empty) : new SiteCell(SiteFormat.KpiValue(Latest.Actual, Kpi.Unit), Csv: SiteFormat.Invariant(Latest.Actual)));
        cells.Add(Latest is null ? new SiteCell("None", Csv: string.Empty) : new SiteCell(Latest.Rating.Label(), Csv: Latest.Rating.Label(), TagClass: SiteFormat.RatingTagClass(Latest.Rating)));
        cells.Add(new SiteCell(Trend));
        return cells;
    }

    public static IReadOnlyList<SiteColumn> Columns(bool withContract)
    {
        var columns = new List<SiteColumn>();
        if (withContract)
        {
            columns.Add(new SiteColumn("Contract"));
        }

        columns.AddRange([new SiteColumn("KPI"), new SiteColumn("Measures"), new SiteColumn("Target", true), new SiteColumn("Actual", true), new SiteColumn("Rating"), new SiteColumn("Trend on previous quarter")]);
        return columns;
    }
}
