using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("The data quality score (0 to 100) of one published return version, with the counts and points behind it. See the methodology page, 'Data quality score'.")]
public sealed class DataQualityScore
{
    [Key]
    [Description("The number of the published return version scored.")]
    public int ReturnVersionId { get; set; }

    [Description("The number of the return.")]
    public int ReturnId { get; set; }

    [Description("The number of the provider (an organisation).")]
    public int ProviderId { get; set; }

    [Description("The UK financial-year quarter, such as '2025-26 Q2'. Compare with eq, ne, lt, gt or in.")]
    public required string Quarter { get; set; }

    [Description("The version number: 1 for a first publication, 2 after one restatement, and so on.")]
    public int VersionNumber { get; set; }

    [Description("The provider's contracts active in the quarter.")]
    public int ActiveContracts { get; set; }

    [Description("Active contracts with at least one funding line in the return.")]
    public int ContractsReported { get; set; }

    [Description("KPIs of the active contracts.")]
    public int ExpectedKpis { get; set; }

    [Description("Those KPIs with a whole-service result in the return.")]
    public int KpisReported { get; set; }

    [Description("Results of rate KPIs (whole service and cohorts), satisfaction results and subcontracts: the items that should carry a sample size or a total value.")]
    public int SampleSizeItems { get; set; }

    [Description("Those items with a numerator and denominator, a number of respondents, or a total value stated.")]
    public int SampleSizesPresent { get; set; }

    [Description("Satisfaction results in the return.")]
    public int SatisfactionResults { get; set; }

    [Description("Satisfaction results that state a method other than 'Other'.")]
    public int MethodsStated { get; set; }

    [Description("Calendar days the return was first published after its deadline; 0 when on time.")]
    public int DaysLate { get; set; }

    [Description("Restatements before this version: the version number minus one.")]
    public int Restatements { get; set; }

    [Description("Points for contracts reported, out of 15, rounded to 2 decimal places.")]
    public decimal ContractPoints { get; set; }

    [Description("Points for KPIs reported, out of 25, rounded to 2 decimal places.")]
    public decimal KpiPoints { get; set; }

    [Description("Points for sample sizes and subcontract total values present, out of 15, rounded to 2 decimal places.")]
    public decimal SampleSizePoints { get; set; }

    [Description("Points for satisfaction methods stated, out of 5, rounded to 2 decimal places.")]
    public decimal MethodPoints { get; set; }

    [Description("Points for timeliness, out of 25: one less for each day late.")]
    public decimal TimelinessPoints { get; set; }

    [Description("Points for restatements, out of 15: five less for each restatement.")]
    public decimal RestatementPoints { get; set; }

    [Description("The score, 0 to 100: the sum of the six points, rounded to 2 decimal places.")]
    public decimal Score { get; set; }
}
