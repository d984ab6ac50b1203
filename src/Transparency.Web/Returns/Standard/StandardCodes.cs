using System.Text;
using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Standard;

/// <summary>
/// The codes providers write for the portal's enums: the member name in lower-case words joined by hyphens
/// (<c>ServiceCreditDeduction</c> is <c>service-credit-deduction</c>), so the standard never drifts from the model.
/// </summary>
public static class StandardCodes
{
    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(v => Of(v)).ToList();

    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var code = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && code.Length > 0)
            {
                code.Append('-');
            }

            code.Append(char.ToLowerInvariant(c));
        }

        return code.ToString();
    }

    public static bool TryParse<T>(string code, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), code.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static IReadOnlyList<string> PaymentTypes { get; } = All<PaymentType>();

    public static IReadOnlyList<string> Ratings { get; } = All<KpiRating>();

    public static IReadOnlyList<string> SatisfactionMethods { get; } = All<SatisfactionMethod>();
}
