using Transparency.Web.Data;
using B = Transparency.Web.Insights.Concentration.ConcentrationBands;

namespace Transparency.Web.Insights.Concentration;

/// <summary>
/// Market concentration of published funding among parent groups, where an organisation without a parent group
/// is a group of its own. A market is every contract ("all"), one sector, or one commissioner's contracts.
/// Funding is net of service-credit deductions: the money the group actually received.
/// </summary>
public sealed class ConcentrationInsights(TransparencyDbContext db)
{
    public IQueryable<MarketShareRow> SharesOverall(InsightsPeriod period) => Shares(Lines(period, "all"));

    public IQueryable<MarketShareRow> SharesBySector(InsightsPeriod period) => Shares(Lines(period, null));

    public IQueryable<MarketShareRow> SharesByCommissioner(InsightsPeriod period) => Shares(CommissionerLines(period));

    public IQueryable<ConcentrationRow> Overall(InsightsPeriod period) => Concentration(Lines(period, "all"));

    public IQueryable<ConcentrationRow> BySector(InsightsPeriod period) => Concentration(Lines(period, null));

    public IQueryable<ConcentrationRow> ByCommissioner(InsightsPeriod period) => Concentration(CommissionerLines(period));

    public IQueryable<GroupReachRow> GroupReach(InsightsPeriod period) =>
        Published.Funding(db, period)
            .Select(f => new
            {
                GroupKey = f.Contract!.Provider!.ParentGroupId != null ? "group-" + f.Contract.Provider.ParentGroupId.ToString() : f.Contract.Provider.Identifier,
                GroupName = f.Contract.Provider.ParentGroupId != null ? f.Contract.Provider.ParentGroup!.Name : f.Contract.Provider.Name,
                f.Contract.ProviderId,
                f.ContractId,
                f.Contract.CommissionerId,
                f.Contract.Sector,
                f.AmountPence,
            })
            .GroupBy(f => new { f.GroupKey, f.GroupName })
            .Select(g => new GroupReachRow
            {
                GroupKey = g.Key.GroupKey,
                GroupName = g.Key.GroupName,
                Providers = g.Select(f => f.ProviderId).Distinct().Count(),
                Contracts = g.Select(f => f.ContractId).Distinct().Count(),
                Commissioners = g.Select(f => f.CommissionerId).Distinct().Count(),
                Sectors = g.Select(f => f.Sector).Distinct().Count(),
                FundingPence = g.Sum(f => f.AmountPence),
            });

    private IQueryable<Funded> CommissionerLines(InsightsPeriod period) =>
        Published.Funding(db, period).Select(f => new Funded
        {
            MarketKey = f.Contract!.Commissioner!.Identifier,
            MarketName = f.Contract.Commissioner.Name,
            GroupKey = f.Contract.Provider!.ParentGroupId != null ? "group-" + f.Contract.Provider.ParentGroupId.ToString() : f.Contract.Provider.Identifier,
            GroupName = f.Contract.Provider.ParentGroupId != null ? f.Contract.Provider.ParentGroup!.Name : f.Contract.Provider.Name,
            AmountPence = f.AmountPence,
        });

    /// <summary>Funding lines labelled with their group, in the one overall market ("all") or by sector (null).</summary>
    private IQueryable<Funded> Lines(InsightsPeriod period, string? overall) =>
        Published.Funding(db, period).Select(f => new Funded
        {
            MarketKey = overall ?? f.Contract!.Sector.ToString(),
            MarketName = overall != null ? "All contracts" : f.Contract!.Sector.ToString(),
            GroupKey = f.Contract!.Provider!.ParentGroupId != null ? "group-" + f.Contract.Provider.ParentGroupId.ToString() : f.Contract.Provider.Identifier,
            GroupName = f.Contract.Provider.ParentGroupId != null ? f.Contract.Provider.ParentGroup!.Name : f.Contract.Provider.Name,
            AmountPence = f.AmountPence,
        });

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

    private static IQueryable<ConcentrationRow> Concentration(IQueryable<Funded> lines)
    {
        var groups = GroupTotals(lines);
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
                TopFivePence = groups.Where(g => g.MarketKey == m.MarketKey).OrderByDescending(g => g.FundingPence).Take(5).Sum(g => g.FundingPence),
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
