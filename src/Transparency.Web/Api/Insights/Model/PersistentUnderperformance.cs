using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("A KPI rated Requires improvement or Inadequate in a quarter and in the quarter before it. See the methodology page, 'Performance'.")]
public sealed class PersistentUnderperformance
{
    [Key]
    [Description("The number of the KPI definition.")]
    public int KpiDefinitionId { get; set; }

    [Key]
    [Description("The UK financial-year quarter, such as '2025-26 Q2'. Compare with eq, ne, lt, gt or in.")]
    public required string Quarter { get; set; }

    [Description("The number of the contract.")]
    public int ContractId { get; set; }

    [Description("The contract's reference.")]
    public required string ContractReference { get; set; }

    [Description("The number of the provider (an organisation).")]
    public int ProviderId { get; set; }

    [Description("The KPI's code in the contract.")]
    public required string KpiCode { get; set; }

    [Description("The KPI's name.")]
    public required string KpiName { get; set; }

    [Description("The rating this quarter: RequiresImprovement or Inadequate.")]
    public required string Rating { get; set; }

    [Description("Quarters in a row, ending with this one, rated Requires improvement or Inadequate, counted back to the last better rating.")]
    public int QuartersRunning { get; set; }
}
