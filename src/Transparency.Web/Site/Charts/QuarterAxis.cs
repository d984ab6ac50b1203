using Transparency.Web.Domain;

namespace Transparency.Web.Site.Charts;

/// <summary>A label under the plot: on the first line a quarter ("Q3"), on the second its financial year.</summary>
public sealed record AxisLabel(double X, string Text, int Line);

/// <summary>
/// Labels for an axis of quarters that never overlap: "Q1" to "Q4" under each slot (every second or third one when
/// slots are narrower than a label), and each financial year once, centred under its quarters, in full ("2024-25"),
/// short ("24-25") or not at all, whichever fits.
/// </summary>
public static class QuarterAxis
{
    private const double Gap = 4;

    public static IReadOnlyList<AxisLabel> Layout(IReadOnlyList<Quarter> quarters, double left, double slot, double fontSize)
    {
        var labels = new List<AxisLabel>();
        var every = (int)Math.Ceiling((ChartFrame.TextWidth("Q4", fontSize) + Gap) / slot);
        for (var i = 0; i < quarters.Count; i++)
        {
            if (i % every == 0)
            {
                labels.Add(new AxisLabel(left + slot * (i + 0.5), $"Q{quarters[i].Number}", 1));
            }
        }

        var start = 0;
        while (start < quarters.Count)
        {
            var end = start;
            while (end + 1 < quarters.Count && quarters[end + 1].FinancialYearStart == quarters[start].FinancialYearStart)
            {
                end++;
            }

            var room = slot * (end - start + 1) - Gap;
            var full = quarters[start].FinancialYear;
            var text = ChartFrame.TextWidth(full, fontSize) <= room ? full
                : ChartFrame.TextWidth(full[2..], fontSize) <= room ? full[2..]
                : null;
            if (text is not null)
            {
                labels.Add(new AxisLabel(left + slot * (start + end + 1) / 2.0, text, 2));
            }

            start = end + 1;
        }

        return labels;
    }

    /// <summary>Where each financial year after the first begins, for a divider between years.</summary>
    public static IEnumerable<int> YearStarts(IReadOnlyList<Quarter> quarters) =>
        Enumerable.Range(1, Math.Max(0, quarters.Count - 1)).Where(i => quarters[i].FinancialYearStart != quarters[i - 1].FinancialYearStart);
}
