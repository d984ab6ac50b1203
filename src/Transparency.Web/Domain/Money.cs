using System.Globalization;

namespace Transparency.Web.Domain;

/// <summary>
/// Money is held as whole pence in a 64-bit integer everywhere it is stored or summed, so totals are
/// exact and aggregate in SQL on both engines (see DECISIONS.md). This type converts at the edges.
/// </summary>
public static class Money
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static decimal ToPounds(long pence) => pence / 100m;

    /// <summary>Converts pounds to pence, refusing fractions of a penny rather than rounding them away.</summary>
    public static long ToPence(decimal pounds)
    {
        var pence = pounds * 100m;
        if (pence != decimal.Truncate(pence))
        {
            throw new ArgumentException($"£{pounds} has more than two decimal places.", nameof(pounds));
        }

        return checked((long)pence);
    }

    /// <summary>
    /// Pounds as a plain number with exactly two decimals, for every machine-readable output (CSV, JSON-LD, feeds,
    /// messages quoting a value): 1234.56, -12.50. Computed from integer pence, so never a floating-point artefact.
    /// </summary>
    public static string Plain(long pence) => ToPounds(pence).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>£1,234.56, or -£12.00 for a negative amount.</summary>
    public static string Format(long pence) => ToPounds(pence).ToString("C2", UkCulture);

    /// <summary>A short form for headlines: £1.2m, £350k, £999.</summary>
    public static string FormatShort(long pence)
    {
        var pounds = ToPounds(pence);
        var sign = pounds < 0 ? "-" : string.Empty;
        var size = Math.Abs(pounds);
        return size switch
        {
            >= 1_000_000_000m => $"{sign}£{(size / 1_000_000_000m).ToString("0.#", UkCulture)}bn",
            >= 1_000_000m => $"{sign}£{(size / 1_000_000m).ToString("0.#", UkCulture)}m",
            >= 10_000m => $"{sign}£{(size / 1_000m).ToString("0", UkCulture)}k",
            _ => $"{sign}£{size.ToString("#,##0", UkCulture)}",
        };
    }
}
