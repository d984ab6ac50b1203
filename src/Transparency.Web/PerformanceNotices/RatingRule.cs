using System.Globalization;
using Transparency.Web.Domain;

namespace Transparency.Web.PerformanceNotices;

/// <summary>
/// The published rule that proposes one rating per KPI for a 12-month period from the provider's quarterly ratings
/// (content/performance-notices.md, DECISIONS 250): the best rating that the KPI reached or bettered in more than half
/// of the period's rated quarters. That is the median quarter, taken on the worse side when the quarters split evenly,
/// so one unusual quarter neither sinks nor rescues a year, and a tie never flatters the provider. Quarters rated
/// Other, and quarters with no published result, are left out; a KPI with no quarter on the four-point scale is
/// proposed as Other.
/// </summary>
public static class RatingRule
{
    private static readonly KpiRating[] Scale = [KpiRating.Good, KpiRating.ApproachingTarget, KpiRating.RequiresImprovement, KpiRating.Inadequate];

    /// <summary>The proposed rating and why, from each quarter's rating (null for a quarter with no published result).</summary>
    public static (KpiRating Rating, string Explanation) Propose(IReadOnlyList<KpiRating?> quarters)
    {
        var rated = quarters.Where(r => r is not null and not KpiRating.Other).Select(r => r!.Value).ToList();
        var unrated = quarters.Count - rated.Count;
        if (rated.Count == 0)
        {
            return (KpiRating.Other, $"No quarter of the {quarters.Count} has a published rating on the four-point scale, so the proposal is Other.");
        }

        foreach (var rating in Scale)
        {
            var atOrBetter = rated.Count(r => Rank(r) <= Rank(rating));
            if (atOrBetter * 2 > rated.Count)
            {
                return (rating, Explain(rating, atOrBetter, rated.Count, unrated));
            }
        }

        // Unreachable: every rated quarter is Inadequate or better.
        return (KpiRating.Inadequate, Explain(KpiRating.Inadequate, rated.Count, rated.Count, unrated));
    }

    private static int Rank(KpiRating rating) => Array.IndexOf(Scale, rating);

    private static string Explain(KpiRating rating, int atOrBetter, int rated, int unrated)
    {
        var reached = rating == KpiRating.Good ? "Good" : $"{rating.Label()} or better";
        var text = string.Create(CultureInfo.InvariantCulture, $"{reached} in {atOrBetter} of {rated} rated {(rated == 1 ? "quarter" : "quarters")}, more than half");
        if (rating != KpiRating.Good)
        {
            var better = Scale[Rank(rating) - 1];
            text += $"; {(better == KpiRating.Good ? "Good" : better.Label() + " or better")} in no more than half";
        }

        return unrated == 0 ? text + "." : text + string.Create(CultureInfo.InvariantCulture, $". {unrated} {(unrated == 1 ? "quarter has" : "quarters have")} no rating on the scale and {(unrated == 1 ? "is" : "are")} left out.");
    }
}
