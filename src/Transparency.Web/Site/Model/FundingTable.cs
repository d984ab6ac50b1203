using Transparency.Web.Domain;
using Transparency.Web.Site.Charts;

namespace Transparency.Web.Site.Model;

/// <summary>Funding by quarter for a set of contracts: the table, and the bar chart drawn from the same figures.</summary>
public static class FundingTable
{
    public static (SiteTable Table, string Chart) For(SitePeriod period, SiteFacts facts, IReadOnlyCollection<SiteContract> contracts, string caption, string chartId, string? odata)
    {
        var points = contracts.SelectMany(c => facts.FundingByContract[c.Id]).ToList();
        var rows = new List<IReadOnlyList<SiteCell>>();
        var bars = new List<(double, string)>();
        foreach (var quarter in period.Window)
        {
            var inQuarter = points.Where(p => p.QuarterCode == quarter.Code).ToList();
            long Sum(PaymentType type) => inQuarter.Where(p => p.PaymentType == type).Sum(p => p.AmountPence);
            var total = inQuarter.Sum(p => p.AmountPence);
            rows.Add([
                quarter.ToString(),
                Money(Sum(PaymentType.Fee)), Money(Sum(PaymentType.OutcomePayment)), Money(Sum(PaymentType.Grant)),
                Money(Sum(PaymentType.ServiceCreditDeduction)), Money(total),
            ]);
            bars.Add(((double)Domain.Money.ToPounds(total), SiteFormat.PoundsShort(total)));
        }

        var table = new SiteTable(caption,
            [new("Quarter"), new("Fees", true), new("Outcome payments", true), new("Grant", true), new("Service credit deductions", true), new("Total received", true)],
            points.Count == 0 ? [] : rows, "funding-by-quarter.csv", odata);
        var first = period.Window[0];
        var chart = points.Count == 0 ? string.Empty : SvgCharts.Bars(chartId, caption,
            $"Bar chart of the total funding received in each quarter from {first} to {period.LatestDue}. The figures are in the table that follows.", period.Window, bars);
        return (table, chart);
    }

    private static SiteCell Money(long pence) => new(SiteFormat.Pounds(pence), Csv: SiteFormat.PoundsCsv(pence));
}
