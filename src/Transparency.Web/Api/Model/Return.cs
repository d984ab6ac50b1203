using System.ComponentModel;

namespace Transparency.Web.Api.Model;

[Description("One provider's quarterly return, as currently published: the latest version that has not been superseded or withdrawn.")]
public sealed class Return
{
    [Description("The portal's number for the return. It stays the same when the return is restated.")]
    public int Id { get; set; }

    [Description("The number of the current published version.")]
    public int VersionId { get; set; }

    [Description("The current version's number: 1 when first published, 2 after the first restatement, and so on.")]
    public int VersionNumber { get; set; }

    [Description("The number of the provider that made the return.")]
    public int ProviderId { get; set; }

    [Description("The provider that made the return.")]
    public Organisation? Provider { get; set; }

    [Description("The UK financial-year quarter, such as '2025-26 Q2' (July to September 2025). Compare with eq, ne, lt, gt or in.")]
    public required string Quarter { get; set; }

    [Description("The first day of the quarter, for ordering and date filters.")]
    public DateOnly QuarterStart { get; set; }

    [Description("The financial year, such as '2025-26' (1 April 2025 to 31 March 2026).")]
    public required string FinancialYear { get; set; }

    [Description("The deadline that applied to the return.")]
    public DateOnly DueDate { get; set; }

    [Description("When version 1 was published, in UTC. Timeliness is judged on this.")]
    public DateTime FirstPublishedAt { get; set; }

    [Description("When the current version was published, in UTC.")]
    public DateTime PublishedAt { get; set; }

    [Description("Why the current version restated the one before it; empty for version 1.")]
    public string? RestatementReason { get; set; }

    [Description("Every public version of the return, including superseded ones.")]
    public List<ReturnVersion> Versions { get; set; } = [];

    [Description("The funding lines of the current version.")]
    public List<Funding> Funding { get; set; } = [];

    [Description("The KPI results of the current version.")]
    public List<KpiResult> KpiResults { get; set; } = [];

    [Description("The subcontract lines of the current version.")]
    public List<Subcontract> Subcontracts { get; set; } = [];

    [Description("The satisfaction results of the current version.")]
    public List<Satisfaction> Satisfaction { get; set; } = [];
}
