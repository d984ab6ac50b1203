using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Insights;
using Transparency.Web.Insights.DataQuality;
using Transparency.Web.Insights.Performance;
using Transparency.Web.Insights.Subcontracting;
using Transparency.Web.Insights.Timeliness;
using Transparency.Web.PublicRecord;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Compare;

/// <summary>
/// Reads the compare page's figures for up to <see cref="MaxProviders"/> providers in a fixed number of queries, each
/// limited to those providers, taking ratings, timeliness, data quality and subcontracting from the insights services
/// (never recomputing their rules) over the period the site build uses.
/// </summary>
public sealed class ReadComparison(
    TransparencyDbContext db,
    IOptions<SiteOptions> options,
    PerformanceInsights performance,
    TimelinessInsights timeliness,
    DataQualityInsights quality,
    SubcontractingInsights subcontracting)
{
    public const int MaxProviders = 4;

    /// <summary>The providers among <paramref name="identifiers"/> (any case), in the order asked; the period of the figures.</summary>
    public async Task<(IReadOnlyList<ProviderComparison> Providers, SitePeriod Period)> RunAsync(IReadOnlyList<string> identifiers, CancellationToken cancellationToken)
    {
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var period = await ReadDatabase.PeriodAsync(db, options.Value, cancellationToken);
        var wanted = identifiers.Select(i => i.Trim().ToUpperInvariant()).ToList();
        var organisations = await db.Organisations.Where(o => wanted.Contains(o.Identifier.ToUpper()) && db.Contracts.Any(c => c.ProviderId == o.Id))
            .Select(o => new SiteOrganisation(o.Id, o.Identifier, o.Name, o.LegalForm, o.RegistrationNumber, o.ParentGroupId, o.IsSme, o.IsVcse, o.Website))
            .ToListAsync(cancellationToken);
        var found = wanted.Select(w => organisations.FirstOrDefault(o => string.Equals(o.Identifier, w, StringComparison.OrdinalIgnoreCase)))
            .OfType<SiteOrganisation>().DistinctBy(o => o.Id).Take(MaxProviders).ToList();
        if (found.Count == 0)
        {
            return ([], period);
        }

        var ids = found.Select(o => o.Id).ToList();
        var keys = found.Select(o => o.Identifier).ToList();
        var contracts = await db.Contracts.Where(c => ids.Contains(c.ProviderId)).Select(c => new { c.ProviderId, c.Sector }).ToListAsync(cancellationToken);
        var first = period.FirstCode;
        var last = period.LatestDue.Code;
        var funding = await db.Funding.Where(f => f.QuarterCode >= first && f.QuarterCode <= last && ids.Contains(f.Contract!.ProviderId)
                && db.ReturnVersions.Any(v => v.Id == f.ReturnVersionId && v.Status == PublicStatus.Current))
            .GroupBy(f => new { f.Contract!.ProviderId, f.QuarterCode })
            .Select(g => new { g.Key.ProviderId, g.Key.QuarterCode, Pence = g.Sum(f => f.AmountPence) })
            .ToListAsync(cancellationToken);
        var ratings = await performance.ByProvider().Where(r => keys.Contains(r.Key) && r.QuarterCode == period.LatestDue.Code).ToListAsync(cancellationToken);

        var schedule = await timeliness.ScheduleAsync(period.AsOf, cancellationToken);
        var (from, to) = (period.LastYear[0].Code, period.LastYear[^1].Code);
        var returns = await timeliness.Returns(schedule).Where(r => ids.Contains(r.ProviderId) && r.QuarterCode >= from && r.QuarterCode <= to)
            .Select(r => new { r.ProviderId, r.Status }).ToListAsync(cancellationToken);
        var scores = await quality.Versions(schedule).Where(v => ids.Contains(v.ProviderId) && v.QuarterCode >= from && v.QuarterCode <= to)
            .Select(v => new { v.ProviderId, v.Score }).ToListAsync(cancellationToken);
        var chains = await subcontracting.Providers(InsightsPeriod.Between(period.LastYear[0], period.LastYear[^1]))
            .Where(s => ids.Contains(s.ProviderId)).ToListAsync(cancellationToken);

        var thisYear = period.Window.Where(q => q.FinancialYearStart == period.LatestDue.FinancialYearStart).Select(q => q.Code).ToHashSet();
        return (found.Select(o =>
        {
            var own = funding.Where(f => f.ProviderId == o.Id).ToList();
            var rating = ratings.FirstOrDefault(r => r.Key == o.Identifier);
            var due = returns.Where(r => r.ProviderId == o.Id).ToList();
            var score = scores.Where(s => s.ProviderId == o.Id).ToList();
            var chain = chains.FirstOrDefault(c => c.ProviderId == o.Id);
            return new ProviderComparison(
                o,
                [.. contracts.Where(c => c.ProviderId == o.Id).Select(c => c.Sector).Distinct().Order()],
                contracts.Count(c => c.ProviderId == o.Id),
                own.Where(f => thisYear.Contains(f.QuarterCode)).Sum(f => f.Pence),
                own.Where(f => f.QuarterCode >= from && f.QuarterCode <= to).Sum(f => f.Pence),
                own.Sum(f => f.Pence),
                new RatingCounts(rating?.Results ?? 0, rating?.Good ?? 0, rating?.ApproachingTarget ?? 0, rating?.RequiresImprovement ?? 0, rating?.Inadequate ?? 0),
                new ReturnCounts(due.Count, due.Count(r => r.Status == nameof(TimelinessStatus.OnTime)), due.Count(r => r.Status == nameof(TimelinessStatus.Late)), due.Count(r => r.Status == nameof(TimelinessStatus.Missing))),
                score.Count == 0 ? null : (int)Math.Round(score.Average(s => s.Score), MidpointRounding.AwayFromZero),
                chain?.SubcontractedShare, chain?.SmeShare, chain?.VcseShare);
        }).ToList(), period);
    }
}
