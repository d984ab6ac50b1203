using System.Globalization;
using Transparency.Web.Domain;

namespace Transparency.Web.Feeds;

/// <summary>How values are written in every machine-readable output: invariant culture, ISO 8601, pounds from pence.</summary>
public static class PublicFormat
{
    /// <summary>Pounds with exactly two decimals, computed from integer pence without floating point: -12.50.</summary>
    public static string Pounds(long pence) => Money.Plain(pence);

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateTime(DateTime utc) => utc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A calendar date as the start of that day in UTC, for standards whose dates must be date-times.</summary>
    public static string DateAsDateTime(DateOnly date) => DateTime(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>Enum names as data users see them: snake_case, like payment_by_results.</summary>
    public static string Code(Enum value)
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
