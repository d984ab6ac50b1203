namespace Transparency.Web.Insights.DataQuality;

/// <summary>The points each part of the data quality score is worth; they add up to 100.</summary>
public static class DataQualityWeights
{
    /// <summary>Share of the provider's active contracts with at least one funding line in the return.</summary>
    public const double Contracts = 15;

    /// <summary>Share of the KPIs of those contracts with a whole-service result.</summary>
    public const double Kpis = 25;

    /// <summary>Share of rate results with a numerator and denominator, satisfaction results with respondents, and subcontracts with a total value.</summary>
    public const double SampleSizes = 15;

    /// <summary>Share of satisfaction results that name a method other than "Other".</summary>
    public const double Methods = 5;

    /// <summary>Full marks on time, one point less for each day late.</summary>
    public const double Timeliness = 25;

    /// <summary>Full marks for a first version; <see cref="PointsPerRestatement"/> less for each restatement.</summary>
    public const double Restatements = 15;

    public const double PointsPerRestatement = 5;
}
