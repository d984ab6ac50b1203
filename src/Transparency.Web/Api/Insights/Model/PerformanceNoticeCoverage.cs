using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("A contract running today and worth more than £5 million that misses a Procurement Act 2023 duty: fewer than three KPIs, or (once it has run 12 months) no contract performance notice marked ready in the last 12 months. See /performance-notices/.")]
public sealed class PerformanceNoticeCoverage
{
    [Key]
    [Description("The number of the contract.")]
    public int ContractId { get; set; }

    [Description("The number of the commissioner (an organisation).")]
    public int CommissionerId { get; set; }

    [Description("The commissioner's organisation identifier, such as GB-GOR-D18.")]
    public required string CommissionerIdentifier { get; set; }

    [Description("The commissioner's name.")]
    public required string CommissionerName { get; set; }

    [Description("The contract's reference.")]
    public required string ContractReference { get; set; }

    [Description("The contract's title.")]
    public required string ContractTitle { get; set; }

    [Description("The contract's total value, in pounds.")]
    public decimal Value { get; set; }

    [Description("The day the contract started.")]
    public DateOnly StartDate { get; set; }

    [Description("KPI definitions the contract has.")]
    public int Kpis { get; set; }

    [Description("When the contract's latest contract performance notice was marked ready (UTC); null when it has none.")]
    public DateTime? LastNoticeReadyAt { get; set; }

    [Description("True when the contract has fewer than three KPIs.")]
    public bool TooFewKpis { get; set; }

    [Description("True when the contract has run for 12 months or more and no notice was marked ready in the last 12 months.")]
    public bool NoRecentNotice { get; set; }
}
