using Transparency.Web.Data;

namespace Transparency.Web.Insights.Subcontracting;

/// <summary>Money passed down the supply chain, from published funding and subcontract lines of the same quarters.</summary>
public sealed class SubcontractingInsights(TransparencyDbContext db)
{
    public IQueryable<SubcontractingRow> Providers(InsightsPeriod period)
    {
        var funding = Published.Funding(db, period);
        var subcontracts = Published.Subcontracts(db, period);
        return db.Organisations
            .Where(p => db.Contracts.Any(c => c.ProviderId == p.Id))
            .Select(p => new
            {
                p.Id,
                p.Identifier,
                p.Name,
                Funding = funding.Where(f => f.Contract!.ProviderId == p.Id).Sum(f => f.AmountPence),
                Paid = subcontracts.Where(s => s.Contract!.ProviderId == p.Id).Sum(s => s.ValuePaidInQuarterPence),
                Sme = subcontracts.Where(s => s.Contract!.ProviderId == p.Id && s.Subcontractor!.IsSme).Sum(s => s.ValuePaidInQuarterPence),
                Vcse = subcontracts.Where(s => s.Contract!.ProviderId == p.Id && s.Subcontractor!.IsVcse).Sum(s => s.ValuePaidInQuarterPence),
                Subcontractors = subcontracts.Where(s => s.Contract!.ProviderId == p.Id).Select(s => s.SubcontractorId).Distinct().Count(),
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
