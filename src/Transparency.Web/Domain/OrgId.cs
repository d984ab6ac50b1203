using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Transparency.Web.Domain;

/// <summary>
/// Organisation identifiers in the org-id.guide form <c>PREFIX-LIST-IDENTIFIER</c>, as used by OCDS
/// and 360Giving: <c>GB-COH-01234567</c> (Companies House), <c>GB-CHC-1234567</c> (Charity Commission).
/// Lists this portal knows get their identifier checked; other well-formed lists are accepted.
/// </summary>
public static partial class OrgId
{
    private static readonly Dictionary<string, (Regex Pattern, string Example, string Description)> KnownLists = new(StringComparer.Ordinal)
    {
        ["GB-COH"] = (CompanyNumber(), "GB-COH-01234567", "a Companies House number: 8 characters, digits or a 2-letter prefix like SC then 6 digits"),
        ["GB-CHC"] = (EnglandWalesCharity(), "GB-CHC-1234567", "a Charity Commission number: 6 or 7 digits"),
        ["GB-SC"] = (ScottishCharity(), "GB-SC-SC012345", "a Scottish charity number: SC then 6 digits"),
        ["GB-NIC"] = (NorthernIrelandCharity(), "GB-NIC-100123", "a Northern Ireland charity number: 6 digits"),
        ["GB-MPR"] = (MutualsRegister(), "GB-MPR-12345R", "a Mutuals Public Register number, like 12345R"),
        ["GB-GOR"] = (GovernmentOrganisation(), "GB-GOR-D18", "a government organisation code, like D18 or PB123"),
        ["GB-LAE"] = (LocalAuthorityCode(), "GB-LAE-MAN", "an English local authority code: 3 or 4 capital letters"),
        ["GB-LAS"] = (LocalAuthorityCode(), "GB-LAS-EDH", "a Scottish local authority code: 3 or 4 capital letters"),
        ["GB-PLA"] = (LocalAuthorityCode(), "GB-PLA-CRF", "a Welsh principal local authority code: 3 or 4 capital letters"),
        ["GB-NHS"] = (NhsCode(), "GB-NHS-RX1", "an NHS organisation code: 3 to 5 letters and digits"),
        ["GB-EDU"] = (EducationNumber(), "GB-EDU-100000", "a schools register URN: 6 digits"),
        ["GB-UKPRN"] = (Ukprn(), "GB-UKPRN-10001234", "a UK provider reference number: 8 digits starting with 1"),
        ["XI-PB"] = (PublicBody(), "XI-PB-123", "a public body number"),
    };

    public static bool IsValid(string? value) => TryValidate(value, out _);

    /// <summary>Checks an identifier and, when it is wrong, says how to correct it.</summary>
    public static bool TryValidate(string? value, [NotNullWhen(false)] out string? error)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            error = "Enter an organisation identifier, like GB-COH-01234567 for a company or GB-CHC-1234567 for a charity.";
            return false;
        }

        var match = Shape().Match(text);
        if (!match.Success)
        {
            error = $"'{text}' is not an organisation identifier. Use the org-id.guide form PREFIX-LIST-NUMBER, like GB-COH-01234567 or GB-CHC-1234567.";
            return false;
        }

        var list = match.Groups["list"].Value;
        var id = match.Groups["id"].Value;
        if (KnownLists.TryGetValue(list, out var rule) && !rule.Pattern.IsMatch(id))
        {
            error = $"'{text}' does not look like {rule.Description}. Check the number, for example {rule.Example}.";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>The list part of an identifier (<c>GB-COH</c>), or null when it is malformed.</summary>
    public static string? ListOf(string value)
    {
        var match = Shape().Match(value);
        return match.Success ? match.Groups["list"].Value : null;
    }

    [GeneratedRegex(@"^(?<list>[A-Z]{2}-[A-Z0-9]{2,8})-(?<id>[A-Za-z0-9][A-Za-z0-9._/-]{0,63})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^([0-9]{8}|[A-Z]{2}[0-9]{6})$", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyNumber();

    [GeneratedRegex(@"^[0-9]{6,7}(-[0-9]{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglandWalesCharity();

    [GeneratedRegex(@"^SC[0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex ScottishCharity();

    [GeneratedRegex(@"^[0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex NorthernIrelandCharity();

    [GeneratedRegex(@"^[0-9]{1,6}R?$", RegexOptions.CultureInvariant)]
    private static partial Regex MutualsRegister();

    [GeneratedRegex(@"^[A-Z]{1,3}[0-9]{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex GovernmentOrganisation();

    [GeneratedRegex(@"^[A-Z]{3,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalAuthorityCode();

    [GeneratedRegex(@"^[A-Z0-9]{3,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex NhsCode();

    [GeneratedRegex(@"^[0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex EducationNumber();

    [GeneratedRegex(@"^1[0-9]{7}$", RegexOptions.CultureInvariant)]
    private static partial Regex Ukprn();

    [GeneratedRegex(@"^[0-9]{1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex PublicBody();
}
