using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("Outcome focus: how many KPIs of a contract, provider, commissioner or sector measure inputs, outputs and outcomes. Filter on Level. See the methodology page, 'Outcome focus'.")]
public sealed class KpiMix
{
    [Key]
    [Description("What the row counts: 'contract', 'provider', 'commissioner' or 'sector'.")]
    public required string Level { get; set; }

    [Key]
    [Description("The contract reference, the organisation identifier (org-id) or the sector.")]
    public required string Key { get; set; }

    [Description("The contract title, organisation name or sector.")]
    public required string Name { get; set; }

    [Description("KPIs counted.")]
    public int Kpis { get; set; }

    [Description("KPIs that measure inputs.")]
    public int Inputs { get; set; }

    [Description("KPIs that measure outputs.")]
    public int Outputs { get; set; }

    [Description("KPIs that measure outcomes.")]
    public int Outcomes { get; set; }

    [Description("Inputs as a percentage of the KPIs (0 to 100), rounded to 2 decimal places.")]
    public decimal InputShare { get; set; }

    [Description("Outputs as a percentage of the KPIs (0 to 100), rounded to 2 decimal places.")]
    public decimal OutputShare { get; set; }

    [Description("Outcomes as a percentage of the KPIs (0 to 100), rounded to 2 decimal places.")]
    public decimal OutcomeShare { get; set; }
}
