using Transparency.Web.Domain;
using Transparency.Web.PerformanceNotices;
using static Transparency.Web.Domain.KpiRating;

namespace Transparency.Tests.PerformanceNotices;

/// <summary>
/// The published rule, worked by hand: the best rating reached or bettered in more than half of the rated quarters
/// (content/performance-notices.md has the same examples).
/// </summary>
public sealed class RatingRuleTests
{
    public static TheoryData<KpiRating?[], KpiRating> Cases => new()
    {
        // Good in 4 of 4.
        { [Good, Good, Good, Good], Good },

        // Good in 2 of 4 is not more than half; Approaching target or better in 3 of 4 is.
        { [Good, Good, ApproachingTarget, Inadequate], ApproachingTarget },

        // Good 3 of 4.
        { [Inadequate, Good, Good, Good], Good },

        // Ordered worst first: Inadequate, Inadequate, Approaching, Good. Requires improvement or better in 2 of 4 is not
        // more than half, so the even split falls on the worse side.
        { [Good, Inadequate, Inadequate, ApproachingTarget], Inadequate },

        // A quarter with no published result is left out: Requires improvement or better in 3 of 3.
        { [RequiresImprovement, RequiresImprovement, Good, null], RequiresImprovement },

        // Other is left out: Approaching target or better in 3 of 3, Good in 1 of 3.
        { [Good, Other, ApproachingTarget, ApproachingTarget], ApproachingTarget },

        // Two rated quarters that disagree: neither is more than half, so the worse.
        { [Good, null, Inadequate, null], Inadequate },

        // Nothing on the four-point scale.
        { [Other, null, null, null], Other },
        { [null, null, null, null], Other },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Propose_FromQuarterlyRatings_GivesTheHandWorkedRating(KpiRating?[] quarters, KpiRating expected) =>
        Assert.Equal(expected, RatingRule.Propose(quarters).Rating);

    [Fact]
    public void Propose_ExplainsTheCountsAndWhatWasLeftOut()
    {
        var (_, explanation) = RatingRule.Propose([Good, Good, ApproachingTarget, null]);

        Assert.Equal("Good in 2 of 3 rated quarters, more than half. 1 quarter has no rating on the scale and is left out.", explanation);
    }

    [Fact]
    public void Propose_BelowGood_SaysTheBetterRatingWasNotReached()
    {
        var (_, explanation) = RatingRule.Propose([Good, Good, ApproachingTarget, Inadequate]);

        Assert.Equal("Approaching target or better in 3 of 4 rated quarters, more than half; Good in no more than half.", explanation);
    }
}
