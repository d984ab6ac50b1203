using Transparency.Web.Domain;

namespace Transparency.Web.OcdsImport;

/// <summary>
/// Guesses a contract's sector from words in its title, then from its CPV codes; "Other" when neither says.
/// Descriptions are not used: they mention too much in passing. Administrators can correct the guess.
/// </summary>
public static class OcdsSectors
{
    private static readonly (Sector Sector, string[] Words)[] Keywords =
    [
        (Sector.Employment, ["employment", "employability", "jobcentre", "work programme", "into work", "restart"]),
        (Sector.Justice, ["probation", "prison", "offender", "reoffending", "youth justice", "custody", "court"]),
        (Sector.Housing, ["housing", "homeless", "accommodation", "tenancy", "rough sleep"]),
        (Sector.SocialCare, ["social care", "carers", "domiciliary", "care home", "home care", "safeguarding", "supported living"]),
        (Sector.Health, ["health", "hospital", "nhs", "detox", "substance misuse", "drug", "alcohol", "mental", "clinical", "lifestyle"]),
        (Sector.Education, ["school", "education", "training", "skills", "apprentice", "learning"]),
    ];

    /// <summary>CPV prefixes, most specific first: 853 social work, 85 health, 80 education, 796 recruitment, 7523 justice, 7033 housing.</summary>
    private static readonly (string Prefix, Sector Sector)[] Cpv =
    [
        ("853", Sector.SocialCare),
        ("85", Sector.Health),
        ("80", Sector.Education),
        ("796", Sector.Employment),
        ("7523", Sector.Justice),
        ("7033", Sector.Housing),
    ];

    public static Sector Guess(string title, IEnumerable<string> cpvCodes)
    {
        var text = " " + new string([.. title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')]) + " ";
        foreach (var (sector, words) in Keywords)
        {
            if (words.Any(w => text.Contains(" " + w, StringComparison.Ordinal)))
            {
                return sector;
            }
        }

        foreach (var code in cpvCodes)
        {
            foreach (var (prefix, sector) in Cpv)
            {
                if (code.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return sector;
                }
            }
        }

        return Sector.Other;
    }
}
