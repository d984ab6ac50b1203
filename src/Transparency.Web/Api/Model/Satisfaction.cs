using System.ComponentModel;
using Transparency.Web.Domain;

namespace Transparency.Web.Api.Model;

[Description("What users of a service said about it in one quarter, from current published returns.")]
public sealed class Satisfaction
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

    [Description("The question or measure, such as 'Overall satisfaction with the service'.")]
    public required string Measure { get; set; }

    [Description("Survey, Interview, FocusGroup, FeedbackForm or Other.")]
    public SatisfactionMethod Method { get; set; }

    [Description("How many people answered.")]
    public int Respondents { get; set; }

    [Description("The percentage who answered positively, from 0 to 100.")]
    public double PercentPositive { get; set; }

    [Description("The percentage who answered negatively, from 0 to 100, when reported.")]
    public double? PercentNegative { get; set; }
}
