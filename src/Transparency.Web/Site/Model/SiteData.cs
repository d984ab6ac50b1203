using Transparency.Web.Domain;
using Transparency.Web.Site.Markdown;

namespace Transparency.Web.Site.Model;

/// <summary>
/// Everything one build reads from the database, gathered up front so pages render without queries.
/// Facts cover the contracts in scope and the site's window of recent quarters.
/// </summary>
public sealed class SiteData
{
    public required SiteScope Scope { get; init; }

    /// <summary>The moment the site describes: the latest publication, or the configured override.</summary>
    public required DateTime AsOf { get; init; }

    /// <summary>The administrator's deadline rule, which judges every return's timeliness.</summary>
    public required DeadlineRule Deadlines { get; init; }

    /// <summary>The latest quarter whose returns were due by <see cref="AsOf"/>.</summary>
    public required Quarter LatestDue { get; init; }

    /// <summary>The quarters pages show, oldest first, ending at <see cref="LatestDue"/>.</summary>
    public required IReadOnlyList<Quarter> Window { get; init; }

    public string? DemoNotice { get; init; }

    public required IReadOnlyDictionary<int, SiteOrganisation> Organisations { get; init; }

    public required IReadOnlyDictionary<int, string> ParentGroups { get; init; }

    public required IReadOnlyList<SiteContract> Contracts { get; init; }

    public required ILookup<int, string> AreasByContract { get; init; }

    public required ILookup<int, SiteKpi> KpisByContract { get; init; }

    public required ILookup<int, FundingPoint> FundingByContract { get; init; }

    public required ILookup<int, KpiPoint> KpiResultsByContract { get; init; }

    public required ILookup<int, SatisfactionPoint> SatisfactionByContract { get; init; }

    public required IReadOnlyList<SubcontractLine> Subcontracts { get; init; }

    /// <summary>Organisations paid as subcontractors in the last year; for a scoped build, only those in scope.</summary>
    public required IReadOnlySet<int> SubcontractorIds { get; init; }

    public required IReadOnlyList<ReturnRow> Returns { get; init; }

    public required ILookup<int, VersionRow> VersionsByReturn { get; init; }

    public required ILookup<int, VersionFigure> FiguresByVersion { get; init; }

    public required IReadOnlyList<SectorFigures> Sectors { get; init; }

    public required Headlines Headlines { get; init; }

    /// <summary>Each in-scope KPI's peer benchmark for <see cref="LatestDue"/>, by KPI id; absent where there are too few peers.</summary>
    public IReadOnlyDictionary<int, PeerBenchmark> PeerBenchmarks { get; init; } = new Dictionary<int, PeerBenchmark>();

    public IReadOnlyList<MarkdownPage> Content { get; set; } = [];

    /// <summary>Ready contract performance notices and the Act's coverage (set after the site's own data is read).</summary>
    public SiteNotices Notices { get; set; } = SiteNotices.None;

    /// <summary>What the insights slice computed for this build (set after the site's own data is read).</summary>
    public SiteInsightsFigures Insights { get; set; } = SiteInsightsFigures.None;

    public ILookup<int, SiteContract> ContractsByProvider => _byProvider ??= Contracts.ToLookup(c => c.ProviderId);

    public ILookup<int, SiteContract> ContractsByCommissioner => _byCommissioner ??= Contracts.ToLookup(c => c.CommissionerId);

    public IReadOnlyDictionary<int, SiteContract> ContractsById => _byId ??= Contracts.ToDictionary(c => c.Id);

    public ILookup<int, ReturnRow> ReturnsByProvider => _returnsByProvider ??= Returns.ToLookup(r => r.ProviderId);

    public ILookup<int, SubcontractLine> SubcontractsByContract => _subByContract ??= Subcontracts.ToLookup(s => s.ContractId);

    public ILookup<int, SubcontractLine> SubcontractsBySubcontractor => _subBySub ??= Subcontracts.ToLookup(s => s.SubcontractorId);

    /// <summary>The financial year pages call "this financial year": the one holding <see cref="LatestDue"/>.</summary>
    public IEnumerable<Quarter> ThisFinancialYear => Window.Where(q => q.FinancialYearStart == LatestDue.FinancialYearStart);

    /// <summary>The last four quarters due, for "in the last year" figures.</summary>
    public IReadOnlyList<Quarter> LastYear => Window.Skip(Math.Max(0, Window.Count - 4)).ToList();

    public string OrganisationName(int id) => Organisations.TryGetValue(id, out var o) ? o.Name : $"Organisation {id}";

    private ILookup<int, SiteContract>? _byProvider;
    private ILookup<int, SiteContract>? _byCommissioner;
    private IReadOnlyDictionary<int, SiteContract>? _byId;
    private ILookup<int, ReturnRow>? _returnsByProvider;
    private ILookup<int, SubcontractLine>? _subByContract;
    private ILookup<int, SubcontractLine>? _subBySub;
}
