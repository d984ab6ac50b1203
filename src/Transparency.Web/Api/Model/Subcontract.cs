using System.ComponentModel;
using Transparency.Web.Domain;

namespace Transparency.Web.Api.Model;

[Description("Work a provider passed to a subcontractor under one contract, as reported for one quarter in current published returns.")]
public sealed class Subcontract
{
    [Description("The portal's number for the row.")]
    public long Id { get; set; }

    [Description("The number of the published return version the row comes from.")]
    public int ReturnVersionId { get; set; }

    [Description("The published return version the row comes from.")]
    public ReturnVersion? ReturnVersion { get; set; }

    [Description("The number of the contract the row is about.")]
    public int ContractId { get; set; }

    [Description("The contract the row is about.")]
    public Contract? Contract { get; set; }

    [Description("The UK financial-year quarter, such as '2025-26 Q2' (July to September 2025). Compare with eq, ne, lt, gt or in.")]
    public required string Quarter { get; set; }

    [Description("The first day of the quarter, for ordering and date filters.")]
    public DateOnly QuarterStart { get; set; }

    [Description("The financial year, such as '2025-26' (1 April 2025 to 31 March 2026).")]
    public required string FinancialYear { get; set; }

    [Description("The number of the subcontractor organisation.")]
    public int SubcontractorId { get; set; }

    [Description("The subcontractor.")]
    public Organisation? Subcontractor { get; set; }

    [Description("The service the subcontractor delivers.")]
    public required string Service { get; set; }

    [Description("What the provider paid the subcontractor in the quarter, in pounds, exact to the penny.")]
    public decimal ValuePaidInQuarter { get; set; }

    [Description("The total value of the subcontract, in pounds, exact to the penny; null when the provider did not state it.")]
    public decimal? TotalValue { get; set; }

    [Description("The provider's rating of the subcontractor, where practical: Good, ApproachingTarget, RequiresImprovement, Inadequate or Other.")]
    public KpiRating? PerformanceRating { get; set; }
}
