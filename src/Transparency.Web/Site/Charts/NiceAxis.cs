namespace Transparency.Web.Site.Charts;

/// <summary>
/// Axis ticks a reader can count in: steps of 1, 2 or 5 times a power of ten (0, £2m, £4m, £6m rather than
/// £1.275m, £2.55m…), covering every value. Heckbert's "nice numbers" (Graphics Gems, 1990), the labelling most
/// charting libraries start from.
/// </summary>
public static class NiceAxis
{
    /// <summary>Evenly spaced nice ticks from at or below <paramref name="min"/> to at or above <paramref name="max"/>; about <paramref name="target"/> of them.</summary>
    public static IReadOnlyList<double> Ticks(double min, double max, int target = 5)
    {
        if (double.IsNaN(min) || double.IsNaN(max) || double.IsInfinity(min) || double.IsInfinity(max))
        {
            throw new ArgumentException("An axis needs finite values.");
        }

        if (min > max)
        {
            (min, max) = (max, min);
        }

        if (max - min < 1e-12)
        {
            // One value (or all equal): give it room either side, keeping zero as the floor for positive values.
            var spread = Math.Abs(max) < 1e-12 ? 1 : Math.Abs(max) * 0.1;
            (min, max) = (min >= 0 && min - spread < 0 ? 0 : min - spread, max + spread);
        }

        var step = Nice((Nice(max - min, round: false)) / Math.Max(1, target - 1), round: true);
        var first = Math.Floor(min / step + 1e-9);
        var last = Math.Ceiling(max / step - 1e-9);
        var digits = Math.Max(0, -(int)Math.Floor(Math.Log10(step)) + 1);
        var ticks = new List<double>();
        for (var i = first; i <= last; i++)
        {
            var value = Math.Round(i * step, digits);
            ticks.Add(value == 0 ? 0 : value);
        }

        return ticks;
    }

    /// <summary>A nice number near <paramref name="x"/>: rounded to the nearest, or the next at or above it.</summary>
    private static double Nice(double x, bool round)
    {
        var exponent = Math.Floor(Math.Log10(x));
        var power = Math.Pow(10, exponent);
        var fraction = x / power;
        var nice = round
            ? fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
            : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
