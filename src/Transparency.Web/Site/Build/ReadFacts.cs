using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// The public facts of the window, each table read by its own query so that <see cref="ReadDatabase"/> can run them on
/// separate contexts at once. Only the columns pages use are read. <paramref name="contractIds"/> limits an incremental
/// build to the contracts its publication touches (null: every contract).
/// </summary>
public sealed class ReadFacts(TransparencyDbContext db, int first, IReadOnlyCollection<int>? contractIds)
{
    private const ReturnVersionStatus Public = PublicStatus.Current;

    public async Task<ILookup<int, KpiPoint>> ResultsAsync(CancellationToken cancellationToken)
    {
        // Publication is checked by EXISTS, not by joining the version: with a join SQLite starts from all published
        // versions and reads every fact before the quarter filter applies (the insights' lesson, DECISIONS 80).
        var results = db.KpiResults.Where(r => r.QuarterCode >= first && db.ReturnVersions.Any(v => v.Id == r.ReturnVersionId && v.Status == Public));
        if (contractIds is not null)
        {
            var ids = contractIds.ToList();
            results = results.Where(r => ids.Contains(r.ContractId));
        }

        var texts = new StringPool();
        return (await results.OrderBy(r => r.ContractId).ThenBy(r => r.KpiDefinitionId).ThenBy(r => r.QuarterCode).ThenBy(r => r.Cohort).ThenBy(r => r.AreaCode)
            .Select(r => new KpiPoint(r.KpiDefinitionId, r.ContractId, r.QuarterCode, texts.Get(r.Cohort), texts.Get(r.AreaCode), r.Actual, r.Numerator, r.Denominator, r.Rating, r.RatingDerived))
            .ToListAsync(cancellationToken)).ToLookup(r => r.ContractId);
    }

    public async Task<ILookup<int, FundingPoint>> FundingAsync(CancellationToken cancellationToken)
    {
        var funding = db.Funding.Where(f => f.QuarterCode >= first && db.ReturnVersions.Any(v => v.Id == f.ReturnVersionId && v.Status == Public));
        if (contractIds is not null)
        {
            var ids = contractIds.ToList();
            funding = funding.Where(f => ids.Contains(f.ContractId));
        }

        return (await funding.GroupBy(f => new { f.ContractId, f.QuarterCode, f.PaymentType })
            .Select(g => new FundingPoint(g.Key.ContractId, g.Key.QuarterCode, g.Key.PaymentType, g.Sum(f => f.AmountPence)))
            .ToListAsync(cancellationToken)).OrderBy(f => f.ContractId).ThenBy(f => f.QuarterCode).ThenBy(f => f.PaymentType).ToLookup(f => f.ContractId);
    }

    public async Task<ILookup<int, SiteKpi>> KpisAsync(CancellationToken cancellationToken)
    {
        var kpis = db.KpiDefinitions.AsQueryable();
        if (contractIds is not null)
        {
            var ids = contractIds.ToList();
            kpis = kpis.Where(k => ids.Contains(k.ContractId));
        }

        return (await kpis.OrderBy(k => k.ContractId).ThenBy(k => k.Code)
            .Select(k => new SiteKpi(k.Id, k.ContractId, k.Code, k.Name, k.Description, k.Kind, k.Unit, k.Target, k.Direction, k.ServiceCreditsApply))
            .ToListAsync(cancellationToken)).ToLookup(k => k.ContractId);
    }

    public async Task<ILookup<int, SatisfactionPoint>> SatisfactionAsync(CancellationToken cancellationToken)
    {
        var satisfaction = db.Satisfaction.Where(s => s.QuarterCode >= first && db.ReturnVersions.Any(v => v.Id == s.ReturnVersionId && v.Status == Public));
        if (contractIds is not null)
        {
            var ids = contractIds.ToList();
            satisfaction = satisfaction.Where(s => ids.Contains(s.ContractId));
        }

        var texts = new StringPool();
        return (await satisfaction.OrderBy(s => s.ContractId).ThenBy(s => s.Measure).ThenBy(s => s.QuarterCode).ThenBy(s => s.Id)
            .Select(s => new SatisfactionPoint(s.ContractId, s.QuarterCode, texts.Get(s.Measure), s.Method, s.Respondents, s.PercentPositive, s.PercentNegative))
            .ToListAsync(cancellationToken)).ToLookup(s => s.ContractId);
    }
}
