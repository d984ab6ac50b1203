using Transparency.Web.Data;
using Transparency.Web.PublicRecord;
using B = Transparency.Web.Insights.Concentration.ConcentrationBands;

namespace Transparency.Web.Insights.Concentration;

/// <summary>
/// Market concentration of published funding among parent groups, where an organisation without a parent group
/// is a group of its own. A market is every contract ("all"), one sector, or one commissioner's contracts.
/// Funding is net of service-credit deductions: the money the group actually received.
/// </summary>
public sealed class ConcentrationInsights(TransparencyDbContext db)
{
    private enum Market
    {
        All,
        Sector,
        Commissioner,
    }

    public IQueryable<MarketShareRow> SharesOverall(InsightsPeriod period) => Shares(Lines(period, Market.All));

    public IQueryable<MarketShareRow> SharesBySector(InsightsPeriod period) => Shares(Lines(period, Market.Sector));

    public IQueryable<MarketShareRow> SharesByCommissioner(InsightsPeriod period) => Shares(Lines(period, Market.Commissioner));

    public IQueryable<ConcentrationRow> Overall(InsightsPeriod period) => Concentration(period, Market.All);

    public IQueryable<ConcentrationRow> BySector(InsightsPeriod period) => Concentration(period, Market.Sector);

    public IQueryable<ConcentrationRow> ByCommissioner(InsightsPeriod period) => Concentration(period, Market.Commissioner);

    // From contract totals, so each distinct count below is one COUNT(DISTINCT) over a few thousand rows rather
    // than a subquery per group that re-reads every funding line.
    public IQueryable<GroupReachRow> GroupReach(InsightsPeriod period) =>
        Published.FundingByContract(db, period)
            .Join(db.Contracts, a => a.ContractId, c => c.Id, (a, c) => new
            {
                GroupKey = c.Provider!.ParentGroupId != null ? "group-" + c.Provider.ParentGroupId.ToString() : c.Provider.Identifier,
                GroupName = c.Provider.ParentGroupId != null ? c.Provider.ParentGroup!.Name : c.Provider.Name,
                c.ProviderId,
                c.CommissionerId,
                c.Sector,
                a.AmountPence,
            })
            .GroupBy(f => new { f.GroupKey, f.GroupName })
            .Select(g => new GroupReachRow
            {
                GroupKey = g.Key.GroupKey,
                GroupName = g.Key.GroupName,
                Providers = g.Select(f => f.ProviderId).Distinct().Count(),
                Contracts = g.Count(),
                Commissioners = g.Select(f => f.CommissionerId).Distinct().Count(),
                Sectors = g.Select(f => f.Sector).Distinct().Count(),
                FundingPence = g.Sum(f => f.AmountPence),
            });

    private IQueryable<Funded> Lines(InsightsPeriod period, Market market) => Label(Published.FundingByContract(db, period), market);

    /// <summary>
    /// Money on contracts labelled with its market and group. The market key is a plain column (sector, the
    /// commissioner's identifier, or the constant "all"), so a filter on one market can use the contracts' indexes.
    /// </summary>
    private IQueryable<Funded> Label(IQueryable<ContractAmount> amounts, Market market)
    {
        var lines = amounts.Join(db.Contracts, a => a.ContractId, c => c.Id, (a, c) => new { a.AmountPence, Contract = c });
        return market switch
        {
            Market.Sector => lines.Select(l => new Funded
            {
                MarketKey = l.Contract.Sector.ToString(),
                MarketName = l.Contract.Sector.ToString(),
                GroupKey = l.Contract.Provider!.ParentGroupId != null ? "group-" + l.Contract.Provider.ParentGroupId.ToString() : l.Contract.Provider.Identifier,
                GroupName = l.Contract.Provider.ParentGroupId != null ? l.Contract.Provider.ParentGroup!.Name : l.Contract.Provider.Name,
                AmountPence = l.AmountPence,
            }),
            Market.Commissioner => lines.Select(l => new Funded
            {
                MarketKey = l.Contract.Commissioner!.Identifier,
                MarketName = l.Contract.Commissioner.Name,
                GroupKey = l.Contract.Provider!.ParentGroupId != null ? "group-" + l.Contract.Provider.ParentGroupId.ToString() : l.Contract.Provider.Identifier,
                GroupName = l.Contract.Provider.ParentGroupId != null ? l.Contract.Provider.ParentGroup!.Name : l.Contract.Provider.Name,
                AmountPence = l.AmountPence,
            }),
            _ => lines.Select(l => new Funded
            {
                MarketKey = "all",
                MarketName = "All contracts",
                GroupKey = l.Contract.Provider!.ParentGroupId != null ? "group-" + l.Contract.Provider.ParentGroupId.ToString() : l.Contract.Provider.Identifier,
                GroupName = l.Contract.Provider.ParentGroupId != null ? l.Contract.Provider.ParentGroup!.Name : l.Contract.Provider.Name,
                AmountPence = l.AmountPence,
            }),
        };
    }

    private static IQueryable<GroupTotal> GroupTotals(IQueryable<Funded> lines) =>
        lines.GroupBy(f => new { f.MarketKey, f.MarketName, f.GroupKey, f.GroupName })
            .Select(g => new GroupTotal
            {
                MarketKey = g.Key.MarketKey,
                MarketName = g.Key.MarketName,
                GroupKey = g.Key.GroupKey,
                GroupName = g.Key.GroupName,
                FundingPence = g.Sum(f => f.AmountPence),
            });

    private static IQueryable<MarketShareRow> Shares(IQueryable<Funded> lines)
    {
        var groups = GroupTotals(lines);
        var markets = lines.GroupBy(f => f.MarketKey).Select(g => new { MarketKey = g.Key, FundingPence = g.Sum(f => f.AmountPence) });
        return from g in groups
               join m in markets on g.MarketKey equals m.MarketKey
               select new MarketShareRow
               {
                   MarketKey = g.MarketKey,
                   GroupKey = g.GroupKey,
                   GroupName = g.GroupName,
                   FundingPence = g.FundingPence,
                   MarketFundingPence = m.FundingPence,
                   SharePercent = m.FundingPence == 0 ? 0 : 100.0 * g.FundingPence / m.FundingPence,
               };
    }

    private IQueryable<ConcentrationRow> Concentration(InsightsPeriod period, Market market)
    {
        var groups = GroupTotals(Lines(period, market));

        // The top five are found again for each market from that market's own funding lines. The filter sits on the
        // lines before grouping, so the database reads one market through the contracts' sector or commissioner
        // index instead of regrouping every market for each one.
        var marketLines = Label(Published.Funding(db, period).Select(f => new ContractAmount { ContractId = f.ContractId, AmountPence = f.AmountPence }), market);
        return groups.GroupBy(g => new { g.MarketKey, g.MarketName })
            .Select(m => new
            {
                m.Key.MarketKey,
                m.Key.MarketName,
                FundingPence = m.Sum(g => g.FundingPence),
                Groups = m.Count(),
                SquaredPence = m.Sum(g => (double)g.FundingPence * g.FundingPence),
            })
            .Select(m => new
            {
                m.MarketKey,
                m.MarketName,
                m.FundingPence,
                m.Groups,
                Hhi = m.FundingPence == 0 ? 0 : 10_000.0 * m.SquaredPence / ((double)m.FundingPence * m.FundingPence),
                TopFivePence = marketLines.Where(l => l.MarketKey == m.MarketKey)
                    .GroupBy(l => l.GroupKey)
                    .Select(g => g.Sum(l => l.AmountPence))
                    .OrderByDescending(pence => pence)
                    .Take(5)
                    .Sum(),
            })
            .Select(m => new ConcentrationRow
            {
                MarketKey = m.MarketKey,
                MarketName = m.MarketName,
                FundingPence = m.FundingPence,
                Groups = m.Groups,
                Hhi = m.Hhi,
                TopFiveSharePercent = m.FundingPence == 0 ? 0 : 100.0 * m.TopFivePence / m.FundingPence,
                Band = m.Hhi > B.HighAbove ? B.High : m.Hhi >= B.ModerateFrom ? B.Moderate : B.Low,
            });
    }
}
