using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights.DataQuality;

/// <summary>The data quality score of one published return version, with the counts and points behind it.</summary>
public sealed class DataQualityRow
{
    [Key]
    public int ReturnVersionId { get; init; }

    public int ReturnId { get; init; }

    public int ProviderId { get; init; }

    public int QuarterCode { get; init; }

    public int VersionNumber { get; init; }

    public int ActiveContracts { get; init; }

    public int ContractsReported { get; init; }

    public int ExpectedKpis { get; init; }

    public int KpisReported { get; init; }

    /// <summary>Results of rate KPIs (whole service and cohorts), satisfaction results and subcontracts.</summary>
    public int SampleSizeItems { get; init; }

    public int SampleSizesPresent { get; init; }

    public int SatisfactionResults { get; init; }

    public int MethodsStated { get; init; }

    public int DaysLate { get; init; }

    public int Restatements { get; init; }

    public double ContractPoints { get; init; }

    public double KpiPoints { get; init; }

    public double SampleSizePoints { get; init; }

    public double MethodPoints { get; init; }

    public double TimelinessPoints { get; init; }

    public double RestatementPoints { get; init; }

    /// <summary>0–100: the sum of the six points columns.</summary>
    public double Score { get; init; }
}
