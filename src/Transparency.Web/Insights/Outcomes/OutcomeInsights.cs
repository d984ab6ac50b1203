using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Insights.Outcomes;

/// <summary>
/// Outcome focus: the share of KPIs that measure outcomes rather than inputs or outputs (from the contracts'
/// KPI definitions, which are public with the contract), and the share of published funding paid for results.
/// </summary>
public sealed class OutcomeInsights(TransparencyDbContext db)
{
    public IQueryable<KpiMixRow> KpiMixByContract() =>
        KpiMix(db.KpiDefinitions.Select(k => new Tagged { Key = k.Contract!.Reference, Name = k.Contract.Title, Kind = k.Kind }));

    public IQueryable<KpiMixRow> KpiMixByProvider() =>
        KpiMix(db.KpiDefinitions.Select(k => new Tagged { Key = k.Contract!.Provider!.Identifier, Name = k.Contract.Provider.Name, Kind = k.Kind }));

    public IQueryable<KpiMixRow> KpiMixByCommissioner() =>
        KpiMix(db.KpiDefinitions.Select(k => new Tagged { Key = k.Contract!.Commissioner!.Identifier, Name = k.Contract.Commissioner.Name, Kind = k.Kind }));

    public IQueryable<KpiMixRow> KpiMixBySector() =>
        KpiMix(db.KpiDefinitions.Select(k => new Tagged { Key = k.Contract!.Sector.ToString(), Name = k.Contract.Sector.ToString(), Kind = k.Kind }));

    public IQueryable<FundingMixRow> FundingMixByContract(InsightsPeriod period) =>
        FundingMix(Published.Funding(db, period).Select(f => new Tagged { Key = f.Contract!.Reference, Name = f.Contract.Title, PaymentType = f.PaymentType, AmountPence = f.AmountPence }));

    public IQueryable<FundingMixRow> FundingMixByProvider(InsightsPeriod period) =>
        FundingMix(Published.Funding(db, period).Select(f => new Tagged { Key = f.Contract!.Provider!.Identifier, Name = f.Contract.Provider.Name, PaymentType = f.PaymentType, AmountPence = f.AmountPence }));

    public IQueryable<FundingMixRow> FundingMixByCommissioner(InsightsPeriod period) =>
        FundingMix(Published.Funding(db, period).Select(f => new Tagged { Key = f.Contract!.Commissioner!.Identifier, Name = f.Contract.Commissioner.Name, PaymentType = f.PaymentType, AmountPence = f.AmountPence }));

    public IQueryable<FundingMixRow> FundingMixBySector(InsightsPeriod period) =>
        FundingMix(Published.Funding(db, period).Select(f => new Tagged { Key = f.Contract!.Sector.ToString(), Name = f.Contract.Sector.ToString(), PaymentType = f.PaymentType, AmountPence = f.AmountPence }));

    public IQueryable<FundingMixRow> FundingMixOverall(InsightsPeriod period) =>
        FundingMix(Published.Funding(db, period).Select(f => new Tagged { Key = "all", Name = "All contracts", PaymentType = f.PaymentType, AmountPence = f.AmountPence }));

    private static IQueryable<KpiMixRow> KpiMix(IQueryable<Tagged> kpis) =>
        kpis.GroupBy(k => new { k.Key, k.Name })
            .Select(g => new KpiMixRow
            {
                Key = g.Key.Key,
                Name = g.Key.Name,
                Kpis = g.Count(),
                Inputs = g.Count(k => k.Kind == KpiKind.Input),
                Outputs = g.Count(k => k.Kind == KpiKind.Output),
                Outcomes = g.Count(k => k.Kind == KpiKind.Outcome),
                InputShare = 100.0 * g.Count(k => k.Kind == KpiKind.Input) / g.Count(),
                OutputShare = 100.0 * g.Count(k => k.Kind == KpiKind.Output) / g.Count(),
                OutcomeShare = 100.0 * g.Count(k => k.Kind == KpiKind.Outcome) / g.Count(),
            });

    private static IQueryable<FundingMixRow> FundingMix(IQueryable<Tagged> lines) =>
        lines.GroupBy(f => new { f.Key, f.Name })
            .Select(g => new
            {
                g.Key.Key,
                g.Key.Name,
                Fee = g.Sum(f => f.PaymentType == PaymentType.Fee ? f.AmountPence : 0),
                Outcome = g.Sum(f => f.PaymentType == PaymentType.OutcomePayment ? f.AmountPence : 0),
                Grant = g.Sum(f => f.PaymentType == PaymentType.Grant ? f.AmountPence : 0),
                Credit = g.Sum(f => f.PaymentType == PaymentType.ServiceCreditDeduction ? f.AmountPence : 0),
            })
            .Select(x => new FundingMixRow
            {
                Key = x.Key,
                Name = x.Name,
                FeePence = x.Fee,
                OutcomePaymentPence = x.Outcome,
                GrantPence = x.Grant,
                ServiceCreditPence = x.Credit,
                GrossPence = x.Fee + x.Outcome + x.Grant,
                OutcomePaymentShare = x.Fee + x.Outcome + x.Grant == 0 ? null : 100.0 * x.Outcome / (x.Fee + x.Outcome + x.Grant),
                FeeShare = x.Fee + x.Outcome + x.Grant == 0 ? null : 100.0 * x.Fee / (x.Fee + x.Outcome + x.Grant),
                GrantShare = x.Fee + x.Outcome + x.Grant == 0 ? null : 100.0 * x.Grant / (x.Fee + x.Outcome + x.Grant),
            });
}
