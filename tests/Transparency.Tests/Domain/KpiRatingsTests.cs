using Transparency.Web.Domain;

namespace Transparency.Tests.Domain;

public sealed class KpiRatingsTests
{
    [Theory]
    [InlineData(90, 90, KpiDirection.HigherIsBetter, KpiRating.Good)]
    [InlineData(95, 90, KpiDirection.HigherIsBetter, KpiRating.Good)]
    [InlineData(86, 90, KpiDirection.HigherIsBetter, KpiRating.ApproachingTarget)]
    [InlineData(80, 90, KpiDirection.HigherIsBetter, KpiRating.RequiresImprovement)]
    [InlineData(70, 90, KpiDirection.HigherIsBetter, KpiRating.Inadequate)]
    [InlineData(10, 10, KpiDirection.LowerIsBetter, KpiRating.Good)]
    [InlineData(10.4, 10, KpiDirection.LowerIsBetter, KpiRating.ApproachingTarget)]
    [InlineData(11.2, 10, KpiDirection.LowerIsBetter, KpiRating.RequiresImprovement)]
    [InlineData(14, 10, KpiDirection.LowerIsBetter, KpiRating.Inadequate)]
    public void Derive_RatesShortfallAgainstTarget(double actual, double target, KpiDirection direction, KpiRating expected) =>
        Assert.Equal(expected, KpiRatings.Derive(actual, target, direction));

    [Theory]
    [InlineData(KpiRating.Good, "met", "Good")]
    [InlineData(KpiRating.ApproachingTarget, "slightlyBelow", "Approaching target")]
    [InlineData(KpiRating.RequiresImprovement, "below", "Requires improvement")]
    [InlineData(KpiRating.Inadequate, "significantlyBelow", "Inadequate")]
    [InlineData(KpiRating.Other, "other", "Other")]
    public void OcdsCodeAndLabel_FollowTheUkExtension(KpiRating rating, string code, string label)
    {
        Assert.Equal(code, rating.OcdsCode());
        Assert.Equal(label, rating.Label());
        Assert.Equal(rating, KpiRatings.FromOcdsCode(code));
    }
}
