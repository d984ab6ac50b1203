namespace Transparency.Web.Domain;

/// <summary>Labels, OCDS codes and the rule that rates an actual against its target.</summary>
public static class KpiRatings
{
    /// <summary>
    /// Within this share of the target (either side of it, in the wrong direction) a result is
    /// "Approaching target"; within twice this share it "Requires improvement"; beyond that it is "Inadequate".
    /// </summary>
    public const double ApproachingBand = 0.05;

    public static string Label(this KpiRating rating) => rating switch
    {
        KpiRating.Good => "Good",
        KpiRating.ApproachingTarget => "Approaching target",
        KpiRating.RequiresImprovement => "Requires improvement",
        KpiRating.Inadequate => "Inadequate",
        _ => "Other",
    };

    /// <summary>The <c>measureClassification</c> id in the UK OCDS extension.</summary>
    public static string OcdsCode(this KpiRating rating) => rating switch
    {
        KpiRating.Good => "met",
        KpiRating.ApproachingTarget => "slightlyBelow",
        KpiRating.RequiresImprovement => "below",
        KpiRating.Inadequate => "significantlyBelow",
        _ => "other",
    };

    public static KpiRating? FromOcdsCode(string code) => code switch
    {
        "met" => KpiRating.Good,
        "slightlyBelow" => KpiRating.ApproachingTarget,
        "below" => KpiRating.RequiresImprovement,
        "significantlyBelow" => KpiRating.Inadequate,
        "other" => KpiRating.Other,
        _ => null,
    };

    /// <summary>
    /// Rates an actual against a target when the provider gives no rating. The shortfall is measured
    /// relative to the target (or in absolute points when the target is zero), in the KPI's direction.
    /// </summary>
    public static KpiRating Derive(double actual, double target, KpiDirection direction)
    {
        var shortfall = direction == KpiDirection.HigherIsBetter ? target - actual : actual - target;
        if (shortfall <= 0)
        {
            return KpiRating.Good;
        }

        var scale = Math.Abs(target) > double.Epsilon ? Math.Abs(target) : 1.0;
        var relative = shortfall / scale;
        return relative switch
        {
            <= ApproachingBand => KpiRating.ApproachingTarget,
            <= ApproachingBand * 3 => KpiRating.RequiresImprovement,
            _ => KpiRating.Inadequate,
        };
    }
}
