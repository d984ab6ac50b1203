using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("How the whole-service KPI results of a contract, provider, commissioner or all contracts were rated in one quarter. Filter on Level. See the methodology page, 'Performance'.")]
public sealed class RatingDistribution
{
    [Key]
    [Description("What the row counts: 'contract', 'provider', 'commissioner' or 'overall'.")]
    public required string Level { get; set; }

    [Key]
    [Description("The contract reference, the organisation identifier (org-id), or 'all'.")]
    public required string Key { get; set; }

    [Key]
    [Description("The UK financial-year quarter, such as '2025-26 Q2'. Compare with eq, ne, lt, gt or in.")]
    public required string Quarter { get; set; }

    [Description("The contract title, organisation name, or 'All contracts'.")]
    public required string Name { get; set; }

    [Description("Whole-service KPI results rated.")]
    public int Results { get; set; }

    [Description("Results rated Good.")]
    public int Good { get; set; }

    [Description("Results rated Approaching target.")]
    public int ApproachingTarget { get; set; }

    [Description("Results rated Requires improvement.")]
    public int RequiresImprovement { get; set; }

    [Description("Results rated Inadequate.")]
    public int Inadequate { get; set; }

    [Description("Results rated Other (no target to compare with).")]
    public int Other { get; set; }

    [Description("Requires improvement or Inadequate, as a percentage of the results (0 to 100), rounded to 2 decimal places.")]
    public decimal BelowTargetShare { get; set; }
}
