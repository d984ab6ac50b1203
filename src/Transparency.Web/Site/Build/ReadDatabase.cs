using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Demo;
using Transparency.Web.Domain;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Step 1: reads what the build needs in a fixed number of queries, whatever the number of pages. Only
/// public versions count (status Published); facts are limited to the window and, for an incremental
/// build, to the contracts the publication touches.
/// </summary>
public sealed class ReadDatabase(TransparencyDbContext db, SiteOptions options, SiteTotalsCache totalsCache, ILogger logger)
{
    private const ReturnVersionStatus Public = ReturnVersionStatus.Published;

    public async Task<SiteData> RunAsync(SiteScope scope, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var asOf = options.AsOf ?? await db.ReturnVersions.MaxAsync(v => v.PublishedAt, cancellationToken) ?? DateTime.UtcNow.Date;
        var latestDue = LatestDueBy(DateOnly.FromDateTime(asOf));
        var window = Enumerable.Range(0, options.WindowQuarters).Select(i => latestDue.AddQuarters(i + 1 - options.WindowQuarters)).ToList();
        var first = window[0].Code;
        var lastYearFirst = window[^4].Code;

        var organisations = await db.Organisations
            .Select(o => new SiteOrganisation(o.Id, o.Identifier, o.Name, o.LegalForm, o.RegistrationNumber, o.ParentGroupId, o.IsSme, o.IsVcse, o.Website))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var groups = await db.ParentGroups.ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var contracts = await db.Contracts.OrderBy(c => c.Id)
            .Select(c => new SiteContract(c.Id, c.Reference, c.Title, c.Description, c.CommissionerId, c.ProviderId, c.Sector, c.StartDate, c.EndDate,
                c.TotalValuePence, c.PaymentModel, c.OutcomePaymentSharePercent, c.Ocid, c.NoticeUrl))
            .ToListAsync(cancellationToken);
        var areas = await db.ContractAreas.OrderBy(a => a.ContractId).ThenBy(a => a.AreaCode)
            .Select(a => new { a.ContractId, a.AreaCode }).ToListAsync(cancellationToken);

        Log("organisations, contracts and areas");
        var inScope = ContractsInScope(scope, contracts);
        var kpis = db.KpiDefinitions.AsQueryable();
        // Publication is checked by EXISTS, not by joining the version: with a join SQLite starts from all published
        // versions and reads every fact before the quarter filter applies (the insights' lesson, DECISIONS 80).
        var funding = db.Funding.Where(f => f.QuarterCode >= first && db.ReturnVersions.Any(v => v.Id == f.ReturnVersionId && v.Status == Public));
        var results = db.KpiResults.Where(r => r.QuarterCode >= first && db.ReturnVersions.Any(v => v.Id == r.ReturnVersionId && v.Status == Public));
        var satisfaction = db.Satisfaction.Where(s => s.QuarterCode >= first && db.ReturnVersions.Any(v => v.Id == s.ReturnVersionId && v.Status == Public));
        var subcontracts = db.Subcontracts.Where(s => s.QuarterCode >= lastYearFirst && db.ReturnVersions.Any(v => v.Id == s.ReturnVersionId && v.Status == Public));
        var returns = db.Returns.AsQueryable();
        HashSet<int>? subcontractorsInScope = null;
        if (inScope is not null)
        {
            var providerIds = scope.ProviderIds!.ToList();
            var ids = inScope.ToList();
            kpis = kpis.Where(k => ids.Contains(k.ContractId));
            funding = funding.Where(f => ids.Contains(f.ContractId));
            results = results.Where(r => ids.Contains(r.ContractId));
            satisfaction = satisfaction.Where(s => ids.Contains(s.ContractId));
            var ownContracts = contracts.Where(c => scope.ProviderIds!.Contains(c.ProviderId)).Select(c => c.Id).ToList();
            var subcontractorIds = await db.Subcontracts.Where(s => ownContracts.Contains(s.ContractId) && s.QuarterCode >= lastYearFirst)
                .Select(s => s.SubcontractorId).Distinct().ToListAsync(cancellationToken);
            subcontractorIds.AddRange(await db.Subcontracts.Where(s => providerIds.Contains(s.SubcontractorId) && s.QuarterCode >= lastYearFirst)
                .Select(s => s.SubcontractorId).Distinct().ToListAsync(cancellationToken));
            subcontractorsInScope = subcontractorIds.ToHashSet();
            subcontracts = subcontracts.Where(s => ids.Contains(s.ContractId) || subcontractorIds.Contains(s.SubcontractorId));
            returns = returns.Where(r => r.QuarterCode >= lastYearFirst || providerIds.Contains(r.ProviderId));
        }

        var returnRows = await returns.OrderBy(r => r.ProviderId).ThenBy(r => r.QuarterCode)
            .Select(r => new ReturnRow(r.Id, r.ProviderId, r.QuarterCode, r.DueDate, r.FirstPublishedAt)).ToListAsync(cancellationToken);
        Log("returns");
        var versions = await ReadVersionsAsync(scope, cancellationToken);
        var figures = await new ReadVersionFigures(db).RunAsync(scope, cancellationToken);
        Log("versions");
        var subcontractLines = await ReadSubcontractsAsync(subcontracts, cancellationToken);
        Log("subcontracts");
        var fundingByContract = (await funding.GroupBy(f => new { f.ContractId, f.QuarterCode, f.PaymentType })
            .Select(g => new FundingPoint(g.Key.ContractId, g.Key.QuarterCode, g.Key.PaymentType, g.Sum(f => f.AmountPence)))
            .ToListAsync(cancellationToken)).OrderBy(f => f.ContractId).ThenBy(f => f.QuarterCode).ThenBy(f => f.PaymentType).ToLookup(f => f.ContractId);
        var resultsByContract = (await results.OrderBy(r => r.ContractId).ThenBy(r => r.KpiDefinitionId).ThenBy(r => r.QuarterCode).ThenBy(r => r.Cohort).ThenBy(r => r.AreaCode)
            .Select(r => new KpiPoint(r.KpiDefinitionId, r.ContractId, r.QuarterCode, r.Cohort, r.Actual, r.Numerator, r.Denominator, r.Rating, r.RatingDerived))
            .ToListAsync(cancellationToken)).ToLookup(r => r.ContractId);
        var kpisByContract = (await kpis.OrderBy(k => k.ContractId).ThenBy(k => k.Code)
            .Select(k => new SiteKpi(k.Id, k.ContractId, k.Code, k.Name, k.Description, k.Kind, k.Unit, k.Target, k.Direction, k.ServiceCreditsApply))
            .ToListAsync(cancellationToken)).ToLookup(k => k.ContractId);
        var satisfactionByContract = (await satisfaction.OrderBy(s => s.ContractId).ThenBy(s => s.Measure).ThenBy(s => s.QuarterCode).ThenBy(s => s.Id)
            .Select(s => new SatisfactionPoint(s.ContractId, s.QuarterCode, s.Measure, s.Method, s.Respondents, s.PercentPositive, s.PercentNegative))
            .ToListAsync(cancellationToken)).ToLookup(s => s.ContractId);
        Log("facts");
        var totals = await new ReadSiteTotals(db, totalsCache).RunAsync(inScope, first, latestDue.Code, fundingByContract, resultsByContract, cancellationToken);
        var kinds = await new ReadKpiKinds(db).RunAsync(cancellationToken);
        var headlines = await new ReadHeadlines(db).RunAsync(window, latestDue, contracts, returnRows, totals, kinds, cancellationToken);
        Log("totals and headlines");

        return new SiteData
        {
            Scope = scope,
            AsOf = asOf,
            LatestDue = latestDue,
            Window = window,
            DemoNotice = await db.Settings.AnyAsync(s => s.Key == DemoMarker.SettingKey, cancellationToken) ? DemoMarker.Notice : null,
            Organisations = organisations,
            ParentGroups = groups,
            Contracts = contracts,
            AreasByContract = areas.ToLookup(a => a.ContractId, a => a.AreaCode),
            KpisByContract = kpisByContract,
            FundingByContract = fundingByContract,
            KpiResultsByContract = resultsByContract,
            SatisfactionByContract = satisfactionByContract,
            Subcontracts = subcontractLines,
            SubcontractorIds = subcontractorsInScope ?? subcontractLines.Select(s => s.SubcontractorId).ToHashSet(),
            Returns = returnRows,
            VersionsByReturn = versions.ToLookup(v => v.ReturnId),
            FiguresByVersion = figures.ToLookup(f => f.VersionId),
            Sectors = ReadSectorFigures.Run(window, contracts, totals, kinds),
            Headlines = headlines,
        };

        void Log(string step)
        {
            logger.LogDebug("Read {Step} at {Seconds:0.00} s", step, clock.Elapsed.TotalSeconds);
        }
    }

    /// <summary>The latest quarter whose default deadline has passed on the given day.</summary>
    public static Quarter LatestDueBy(DateOnly day)
    {
        var quarter = Quarter.Containing(day);
        while (quarter.DefaultDeadline >= day)
        {
            quarter = quarter.Previous;
        }

        return quarter;
    }

    private static HashSet<int>? ContractsInScope(SiteScope scope, List<SiteContract> contracts)
    {
        if (scope.ProviderIds is null)
        {
            return null;
        }

        var commissioners = contracts.Where(c => scope.ProviderIds.Contains(c.ProviderId)).Select(c => c.CommissionerId).ToHashSet();
        return contracts.Where(c => scope.ProviderIds.Contains(c.ProviderId) || commissioners.Contains(c.CommissionerId)).Select(c => c.Id).ToHashSet();
    }

    private async Task<List<VersionRow>> ReadVersionsAsync(SiteScope scope, CancellationToken cancellationToken)
    {
        var versions = db.ReturnVersions.Where(v => v.VersionNumber != null);
        if (scope.ProviderIds is not null)
        {
            var providerIds = scope.ProviderIds.ToList();
            versions = versions.Where(v => providerIds.Contains(v.Return!.ProviderId));
        }

        return await versions.OrderBy(v => v.ReturnId).ThenBy(v => v.VersionNumber)
            .Select(v => new VersionRow(v.Id, v.ReturnId, v.VersionNumber, v.Status, v.SupersedesVersionId, v.RestatementReason, v.PublishedAt, v.WithdrawnAt, v.WithdrawalReason))
            .ToListAsync(cancellationToken);
    }

    private static async Task<List<SubcontractLine>> ReadSubcontractsAsync(IQueryable<SubcontractRecord> query, CancellationToken cancellationToken)
    {
        var rows = await query.OrderBy(s => s.ContractId).ThenBy(s => s.SubcontractorId).ThenBy(s => s.Service).ThenBy(s => s.QuarterCode)
            .Select(s => new { s.ContractId, s.SubcontractorId, s.Service, s.QuarterCode, s.ValuePaidInQuarterPence, s.TotalValuePence, s.PerformanceRating })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.ContractId, r.SubcontractorId, r.Service))
            .Select(g => new SubcontractLine(g.Key.ContractId, g.Key.SubcontractorId, g.Key.Service, g.Sum(r => r.ValuePaidInQuarterPence),
                g.Last().TotalValuePence, g.Last().PerformanceRating))
            .ToList();
    }
}
