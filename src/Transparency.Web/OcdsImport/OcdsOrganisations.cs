using System.Security.Cryptography;
using System.Text;
using Transparency.Web.Domain;

namespace Transparency.Web.OcdsImport;

/// <summary>
/// Gives each OCDS buyer or supplier an org-id. A valid scheme + id (or a party id that is itself an org-id) is
/// used as it is; otherwise the organisation gets a local identifier made from its name, the same name always
/// giving the same identifier, and a review note asking for the real one.
/// </summary>
public static class OcdsOrganisations
{
    /// <summary>XX is a user-assigned country code that no registry list uses: these identifiers are clearly local.</summary>
    public const string LocalPrefix = "XX-LOCAL-";

    public static (string Identifier, string? ReviewNote) Identify(OcdsParty party, string ocid, OcdsIdentities identities)
    {
        var stated = party.Scheme is { Length: > 0 } && party.Id is { Length: > 0 } ? NormaliseIdentifier(party.Scheme, party.Id) : null;
        if (stated is not null && OrgId.IsValid(stated))
        {
            return (stated, null);
        }

        if (party.PartyId is { } partyId && OrgId.IsValid(partyId))
        {
            return (partyId, null);
        }

        var local = identities.Local(party.Name);
        var found = stated ?? party.Id;
        var note = found is { Length: > 0 }
            ? $"Imported from OCDS {ocid} with the identifier '{found}', which is not an org-id this portal accepts; {local} was made from the name. Replace it with the organisation's real identifier."
            : $"Imported from OCDS {ocid} without an organisation identifier; {local} was made from the name. Replace it with the organisation's real identifier, such as its Companies House or charity number.";
        return (local, note);
    }

    /// <summary>XX-LOCAL- and 12 hex digits of the SHA-256 of the name's <see cref="NameKey"/>.</summary>
    public static string LocalIdentifier(string name) =>
        LocalPrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(NameKey(name).ToUpperInvariant())))[..12];

    /// <summary>
    /// The name as a key for telling whether two spellings are one organisation: case, spacing and punctuation
    /// ignored, "&amp;" read as "and", "Limited" as "Ltd" and "Public Limited Company" as "PLC". "Civica Uk Limited",
    /// "CIVICA UK LTD." and "Civica U.K. Ltd" give the same key.
    /// </summary>
    public static string NameKey(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace("&", " and ", StringComparison.Ordinal))
        {
            if (char.IsLetterOrDigit(c))
            {
                text.Append(c);
            }
            else if (c is not ('.' or '\'' or '\u2019'))
            {
                text.Append(' ');
            }
        }

        var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w == "limited" ? "ltd" : w);
        return string.Join(' ', words).Replace("public ltd company", "plc", StringComparison.Ordinal);
    }

    /// <summary>
    /// scheme-id with the scheme in capitals and no spaces, and a Companies House number given without its leading
    /// zeros (Contracts Finder often drops them) padded back to 8 digits.
    /// </summary>
    public static string NormaliseIdentifier(string scheme, string id)
    {
        var list = scheme.Trim().ToUpperInvariant();
        var number = string.Concat(id.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (number.StartsWith(list + "-", StringComparison.Ordinal))
        {
            number = number[(list.Length + 1)..];
        }

        if (list == "GB-COH" && number.Length is >= 5 and < 8 && number.All(char.IsAsciiDigit))
        {
            number = number.PadLeft(8, '0');
        }

        return $"{list}-{number}";
    }

    public static LegalForm GuessLegalForm(string identifier, string name, bool isBuyer, bool? vcse)
    {
        var list = OrgId.ListOf(identifier);
        if (isBuyer || list is "GB-GOR" or "GB-LAE" or "GB-LAS" or "GB-PLA" or "GB-NHS" or "GB-LAC" || ContainsAny(name, "council", "nhs ", "borough", "authority", "ministry", "department for", "police"))
        {
            return LegalForm.PublicBody;
        }

        if (list is "GB-CHC" or "GB-SC" or "GB-NIC" || vcse == true || ContainsAny(name, "charity", "foundation"))
        {
            return LegalForm.Charity;
        }

        return list is "GB-MPR" || ContainsAny(name, "community interest company", " cic", "mutual", "co-operative", "cooperative")
            ? LegalForm.MutualOrSocialEnterprise
            : LegalForm.Company;
    }

    private static bool ContainsAny(string name, params string[] words)
    {
        var padded = $" {name.ToLowerInvariant()} ";
        return words.Any(w => padded.Contains(w, StringComparison.Ordinal));
    }
}
