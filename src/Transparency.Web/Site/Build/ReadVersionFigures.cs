using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>Reads the funding and KPI figures of every version that took part in a restatement, for "what changed".</summary>
public sealed class ReadVersionFigures(TransparencyDbContext db)
{
    public async Task<List<VersionFigure>> RunAsync(SiteScope scope, CancellationToken cancellationToken)
    {
        var versions = db.ReturnVersions.Where(v =>
            v.Status == PublicStatus.Replaced || (v.Status == PublicStatus.Current && v.SupersedesVersionId != null));
        if (scope.ProviderIds is not null)
        {
            var providerIds = scope.ProviderIds.ToList();
            versions = versions.Where(v => providerIds.Contains(v.Return!.ProviderId));
        }

        var versionIds = versions.Select(v => v.Id);
        var funding = await db.Funding.Where(f => versionIds.Contains(f.ReturnVersionId))
            .GroupBy(f => new { f.ReturnVersionId, f.ContractId, f.PaymentType })
            .Select(g => new { g.Key.ReturnVersionId, g.Key.ContractId, g.Key.PaymentType, Total = g.Sum(f => f.AmountPence) })
            .ToListAsync(cancellationToken);
        var results = await db.KpiResults.Where(r => versionIds.Contains(r.ReturnVersionId))
            .Select(r => new { r.ReturnVersionId, r.ContractId, r.KpiDefinitionId, r.Cohort, r.AreaCode, r.Actual, r.Rating })
            .ToListAsync(cancellationToken);

        var texts = new StringPool();
        return funding.Select(f => new VersionFigure(f.ReturnVersionId, f.ContractId, 0, texts.Get(f.PaymentType.ToString()), string.Empty, f.Total, null))
            .Concat(results.Select(r => new VersionFigure(r.ReturnVersionId, r.ContractId, r.KpiDefinitionId, texts.Get(r.Cohort ?? string.Empty), texts.Get(r.AreaCode ?? string.Empty), r.Actual, r.Rating)))
            .OrderBy(f => f.VersionId).ThenBy(f => f.ContractId).ThenBy(f => f.KpiId).ThenBy(f => f.Detail, StringComparer.Ordinal).ThenBy(f => f.Area, StringComparer.Ordinal)
            .ToList();
    }
}
