using Microsoft.EntityFrameworkCore;
using Transparency.Web.Administration;
using Transparency.Web.Data;
using Transparency.Web.Demo;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Step 1: reads what the build needs in a fixed number of queries, whatever the number of pages. Only
/// public versions count (status Published); facts are limited to the window and, for an incremental
/// build, to the contracts the publication touches. The large independent reads (KPI results; funding, KPIs and
/// satisfaction; version history) run at once, each on its own context, beside the registry reads on this one.
/// </summary>
public sealed class ReadDatabase(TransparencyDbContext db, SiteOptions options, SiteTotalsCache totalsCache, IServiceScopeFactory scopes, ILogger logger)
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    /// <summary>The moment the site describes (the latest publication, or the configured override) and its window.</summary>
    public Task<SitePeriod> PeriodAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return PeriodAsync(db, options, cancellationToken);
    }

    /// <summary>The same period for readers that share the site's period without building it (the search index, the compare page), so they and the built pages agree.</summary>
    public static async Task<SitePeriod> PeriodAsync(TransparencyDbContext db, SiteOptions options, CancellationToken cancellationToken)
    {
        var asOf = options.AsOf ?? await db.ReturnVersions.MaxAsync(v => v.PublishedAt, cancellationToken) ?? DateTime.UtcNow.Date;
        var deadlines = await DeadlineRules.ReadAsync(db, cancellationToken);
        var latestDue = deadlines.LatestDueBy(DateOnly.FromDateTime(asOf));
        var window = Enumerable.Range(0, options.WindowQuarters).Select(i => latestDue.AddQuarters(i + 1 - options.WindowQuarters)).ToList();
        return new SitePeriod(asOf, latestDue, window, deadlines);
    }

    public async Task<SiteData> RunAsync(SiteScope scope, SitePeriod period, CancellationToken cancellationToken)
    {
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var (first, lastYearFirst) = (period.FirstCode, period.LastYearFirstCode);

        // An incremental build needs the registry first to know which contracts its facts cover; a full build does not.
        List<SiteContract>? contracts = null;
        HashSet<int>? inScope = null;
        if (!scope.IsEverything)
        {
            contracts = await ReadContractsAsync(cancellationToken);
            inScope = ContractsInScope(scope, contracts);
        }

        var results = OnOwnContext("KPI results", c => new ReadFacts(c, first, inScope).ResultsAsync(cancellationToken));
        var facts = OnOwnContext("funding, KPIs and satisfaction", async c =>
        {
            var read = new ReadFacts(c, first, inScope);
            return (await read.FundingAsync(cancellationToken), await read.KpisAsync(cancellationToken), await read.SatisfactionAsync(cancellationToken));
        });
        var peers = OnOwnContext("peer benchmarks", c => new ReadPeerBenchmarks(c, totalsCache).RunAsync(inScope, period.LatestDue.Code, cancellationToken));
        var history = OnOwnContext("versions", async c => (await ReadVersionsAsync(c, scope, cancellationToken), await new ReadVersionFigures(c).RunAsync(scope, cancellationToken)));

        var organisations = await db.Organisations
            .Select(o => new SiteOrganisation(o.Id, o.Identifier, o.Name, o.LegalForm, o.RegistrationNumber, o.ParentGroupId, o.IsSme, o.IsVcse, o.Website))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var groups = await db.ParentGroups.ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        contracts ??= await ReadContractsAsync(cancellationToken);
        var areas = await db.ContractAreas.OrderBy(a => a.ContractId).ThenBy(a => a.AreaCode)
            .Select(a => new { a.ContractId, a.AreaCode }).ToListAsync(cancellationToken);
        var kinds = await new ReadKpiKinds(db).RunAsync(cancellationToken);
        Log("organisations, contracts, areas and KPI kinds");

        var subcontracts = db.Subcontracts.Where(s => s.QuarterCode >= lastYearFirst
            && db.ReturnVersions.Any(v => v.Id == s.ReturnVersionId && v.Status == PublicStatus.Current));
        var returns = db.Returns.AsQueryable();
        HashSet<int>? subcontractorsInScope = null;
        if (inScope is not null)
        {
            var providerIds = scope.ProviderIds!.ToList();
            var ids = inScope.ToList();
            var ownContracts = contracts.Where(c => scope.ProviderIds!.Contains(c.ProviderId)).Select(c => c.Id).ToList();
            var subcontractorIds = await db.Subcontracts.Where(s => ownContracts.Contains(s.ContractId) && s.QuarterCode >= lastYearFirst)
                .Select(s => s.SubcontractorId).Distinct().ToListAsync(cancellationToken);
            subcontractorIds.AddRange(await db.Subcontracts.Where(s => providerIds.Contains(s.SubcontractorId) && s.QuarterCode >= lastYearFirst)
                .Select(s => s.SubcontractorId).Distinct().ToListAsync(cancellationToken));
            subcontractorsInScope = subcontractorIds.ToHashSet();
            subcontracts = subcontracts.Where(s => ids.Contains(s.ContractId) || subcontractorIds.Contains(s.SubcontractorId));
            returns = returns.Where(r => r.QuarterCode >= first || providerIds.Contains(r.ProviderId));
        }

        var returnRows = await returns.OrderBy(r => r.ProviderId).ThenBy(r => r.QuarterCode)
            .Select(r => new ReturnRow(r.Id, r.ProviderId, r.QuarterCode, r.DueDate, r.FirstPublishedAt,
                r.Versions.Any(v => v.Status == PublicStatus.Current))).ToListAsync(cancellationToken);
        var subcontractLines = await ReadSubcontractsAsync(subcontracts, cancellationToken);
        var demoNotice = await db.Settings.AnyAsync(s => s.Key == DemoMarker.SettingKey, cancellationToken) ? DemoMarker.Notice : null;
        Log("returns and subcontracts");

        var resultsByContract = await results;
        var (fundingByContract, kpisByContract, satisfactionByContract) = await facts;
        var totals = await new ReadSiteTotals(db, totalsCache).RunAsync(inScope, first, period.LatestDue.Code, fundingByContract, resultsByContract, cancellationToken);
        var headlines = await new ReadHeadlines(db).RunAsync(period.Window, period.LatestDue, contracts, returnRows, totals, kinds, cancellationToken);
        var (versions, figures) = await history;
        var benchmarks = await peers;
        Log("totals and headlines");

        return new SiteData
        {
            Scope = scope,
            Period = period,
            DemoNotice = demoNotice,
            Registry = new SiteRegistry
            {
                Organisations = organisations,
                ParentGroups = groups,
                Contracts = contracts,
                AreasByContract = areas.ToLookup(a => a.ContractId, a => a.AreaCode),
                KpisByContract = kpisByContract,
            },
            Facts = new SiteFacts
            {
                FundingByContract = fundingByContract,
                KpiResultsByContract = resultsByContract,
                SatisfactionByContract = satisfactionByContract,
                Subcontracts = subcontractLines,
                SubcontractorIds = subcontractorsInScope ?? subcontractLines.Select(s => s.SubcontractorId).ToHashSet(),
            },
            Returns = new SiteReturns
            {
                Returns = returnRows,
                VersionsByReturn = versions.ToLookup(v => v.ReturnId),
                FiguresByVersion = figures.ToLookup(f => f.VersionId),
            },
            Summaries = new SiteSummaries
            {
                Sectors = ReadSectorFigures.Run(period.Window, contracts, totals, kinds),
                Headlines = headlines,
                PeerBenchmarks = benchmarks,
            },
        };
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

    private Task<List<SiteContract>> ReadContractsAsync(CancellationToken cancellationToken) =>
        db.Contracts.OrderBy(c => c.Id)
            .Select(c => new SiteContract(c.Id, c.Reference, c.Title, c.Description, c.CommissionerId, c.ProviderId, c.Sector, c.StartDate, c.EndDate,
                c.TotalValuePence, c.PaymentModel, c.OutcomePaymentSharePercent, c.Ocid, c.NoticeUrl))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Runs a read on a context of its own, on the thread pool: Microsoft.Data.Sqlite's async calls complete
    /// synchronously, so without Task.Run the reads would still run one after the other.
    /// </summary>
    private Task<T> OnOwnContext<T>(string step, Func<TransparencyDbContext, Task<T>> read) => Task.Run(async () =>
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TransparencyDbContext>();
        context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var result = await read(context);
        Log(step);
        return result;
    });

    private void Log(string step) => logger.LogDebug("Read {Step} at {Seconds:0.00} s", step, _clock.Elapsed.TotalSeconds);

    private static async Task<List<VersionRow>> ReadVersionsAsync(TransparencyDbContext db, SiteScope scope, CancellationToken cancellationToken)
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
