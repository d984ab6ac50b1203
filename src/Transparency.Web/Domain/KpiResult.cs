namespace Transparency.Web.Domain;

/// <summary>A KPI's result in a quarter, for the whole service or for one cohort.</summary>
public class KpiResult
{
    public long Id { get; set; }

    public int ReturnVersionId { get; set; }

    public ReturnVersion? ReturnVersion { get; set; }

    public int KpiDefinitionId { get; set; }

    public KpiDefinition? KpiDefinition { get; set; }

    public int ContractId { get; set; }

    public int QuarterCode { get; set; }

    /// <summary>Null for the whole service; otherwise the cohort (for example "Long-term unemployed").</summary>
    public string? Cohort { get; set; }

    /// <summary>ONS GSS code of the area the result covers, when reported by area.</summary>
    public string? AreaCode { get; set; }

    public double Actual { get; set; }

    public long? Numerator { get; set; }

    public long? Denominator { get; set; }

    public KpiRating Rating { get; set; }

    /// <summary>True when the provider gave no rating and the portal derived it from actual against target.</summary>
    public bool RatingDerived { get; set; }

    public string? Commentary { get; set; }
}
