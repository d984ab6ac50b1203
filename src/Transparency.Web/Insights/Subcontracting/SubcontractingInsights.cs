using Transparency.Web.Data;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Insights.Subcontracting;

/// <summary>Money passed down the supply chain, from published funding and subcontract lines of the same quarters.</summary>
public sealed class SubcontractingInsights(TransparencyDbContext db)
{
    // Funding and subcontracts are each added up per provider once and then joined, rather than summed again
    // by a correlated subquery for every organisation.
    public IQueryable<SubcontractingRow> Providers(InsightsPeriod period)
    {
        var funding = Published.FundingByContract(db, period)
            .Join(db.Contracts, a => a.ContractId, c => c.Id, (a, c) => new { c.ProviderId, a.AmountPence })
            .GroupBy(f => f.ProviderId)
            .Select(g => new { ProviderId = g.Key, Pence = g.Sum(f => f.AmountPence) });
        var subcontracts = Published.Subcontracts(db, period)
            .Select(s => new
            {
                s.Contract!.ProviderId,
                s.SubcontractorId,
                Paid = s.ValuePaidInQuarterPence,
                Sme = s.Subcontractor!.IsSme ? s.ValuePaidInQuarterPence : 0,
                Vcse = s.Subcontractor.IsVcse ? s.ValuePaidInQuarterPence : 0,
            })
            .GroupBy(s => s.ProviderId)
            .Select(g => new
            {
                ProviderId = g.Key,
                Paid = g.Sum(s => s.Paid),
                Sme = g.Sum(s => s.Sme),
                Vcse = g.Sum(s => s.Vcse),
                Subcontractors = g.Select(s => s.SubcontractorId).Distinct().Count(),
            });
        return (from p in db.Organisations
                where db.Contracts.Any(c => c.ProviderId == p.Id)
                join f in funding on p.Id equals f.ProviderId into fs
                from f in fs.DefaultIfEmpty()
                join s in subcontracts on p.Id equals s.ProviderId into ss
                from s in ss.DefaultIfEmpty()
                select new
                {
                    p.Id,
                    p.Identifier,
                    p.Name,
                    Funding = (long?)f!.Pence ?? 0,
                    Paid = (long?)s!.Paid ?? 0,
                    Sme = (long?)s!.Sme ?? 0,
                    Vcse = (long?)s!.Vcse ?? 0,
                    Subcontractors = (int?)s!.Subcontractors ?? 0,
                })
            .Where(x => x.Funding != 0 || x.Paid != 0)
            .Select(x => new SubcontractingRow
            {
                ProviderId = x.Id,
                ProviderIdentifier = x.Identifier,
                ProviderName = x.Name,
                FundingPence = x.Funding,
                SubcontractedPence = x.Paid,
                SubcontractedShare = x.Funding == 0 ? null : 100.0 * x.Paid / x.Funding,
                SmePence = x.Sme,
                SmeShare = x.Paid == 0 ? null : 100.0 * x.Sme / x.Paid,
                VcsePence = x.Vcse,
                VcseShare = x.Paid == 0 ? null : 100.0 * x.Vcse / x.Paid,
                Subcontractors = x.Subcontractors,
            });
    }

    public IQueryable<SubcontractingChainRow> Chains(InsightsPeriod period)
    {
        var subcontracts = Published.Subcontracts(db, period);
        return subcontracts
            .GroupBy(s => new { s.Contract!.ProviderId, s.SubcontractorId })
            .Select(g => new { g.Key.ProviderId, g.Key.SubcontractorId, PaidPence = g.Sum(s => s.ValuePaidInQuarterPence) })
            .Select(l => new
            {
                Link = l,
                IsProvider = db.Contracts.Any(c => c.ProviderId == l.SubcontractorId),
                Subcontracts = subcontracts.Any(s => s.Contract!.ProviderId == l.SubcontractorId),
            })
            .Where(x => x.IsProvider || x.Subcontracts)
            .Select(x => new SubcontractingChainRow
            {
                ProviderId = x.Link.ProviderId,
                SubcontractorId = x.Link.SubcontractorId,
                ProviderName = db.Organisations.Where(o => o.Id == x.Link.ProviderId).Select(o => o.Name).First(),
                SubcontractorName = db.Organisations.Where(o => o.Id == x.Link.SubcontractorId).Select(o => o.Name).First(),
                PaidPence = x.Link.PaidPence,
                SubcontractorIsProvider = x.IsProvider,
                SubcontractorSubcontracts = x.Subcontracts,
            });
    }
}
