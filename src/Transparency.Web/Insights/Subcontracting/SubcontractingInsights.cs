using Transparency.Web.Data;

namespace Transparency.Web.Insights.Subcontracting;

/// <summary>Money passed down the supply chain, from published funding and subcontract lines of the same quarters.</summary>
public sealed class SubcontractingInsights(TransparencyDbContext db)
{
    public IQueryable<SubcontractingRow> Providers(InsightsPeriod period)
    {
        var funding = Published.Funding(db, period);
        var subcontracts = Published.Subcontracts(db, period);
        return from p in db.Organisations
               where db.Contracts.Any(c => c.ProviderId == p.Id)
               let fundingPence = funding.Where(f => f.Contract!.ProviderId == p.Id).Sum(f => f.AmountPence)
               let own = subcontracts.Where(s => s.Contract!.ProviderId == p.Id)
               let paid = own.Sum(s => s.ValuePaidInQuarterPence)
               let sme = own.Where(s => s.Subcontractor!.IsSme).Sum(s => s.ValuePaidInQuarterPence)
               let vcse = own.Where(s => s.Subcontractor!.IsVcse).Sum(s => s.ValuePaidInQuarterPence)
               where fundingPence != 0 || paid != 0
               select new SubcontractingRow
               {
                   ProviderId = p.Id,
                   ProviderIdentifier = p.Identifier,
                   ProviderName = p.Name,
                   FundingPence = fundingPence,
                   SubcontractedPence = paid,
                   SubcontractedShare = fundingPence == 0 ? null : 100.0 * paid / fundingPence,
                   SmePence = sme,
                   SmeShare = paid == 0 ? null : 100.0 * sme / paid,
                   VcsePence = vcse,
                   VcseShare = paid == 0 ? null : 100.0 * vcse / paid,
                   Subcontractors = own.Select(s => s.SubcontractorId).Distinct().Count(),
               };
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
