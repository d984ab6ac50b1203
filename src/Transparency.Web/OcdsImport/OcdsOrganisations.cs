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

    public static (string Identifier, string? ReviewNote) Identify(OcdsParty party, string ocid)
    {
        var stated = party.Scheme is { Length: > 0 } && party.Id is { Length: > 0 } ? $"{party.Scheme}-{party.Id}" : null;
        if (stated is not null && OrgId.IsValid(stated))
        {
            return (stated, null);
        }

        if (party.PartyId is { } partyId && OrgId.IsValid(partyId))
        {
            return (partyId, null);
        }

        var local = LocalIdentifier(party.Name);
        var found = stated ?? party.Id;
        var note = found is { Length: > 0 }
            ? $"Imported from OCDS {ocid} with the identifier '{found}', which is not an org-id this portal accepts; {local} was made from the name. Replace it with the organisation's real identifier."
            : $"Imported from OCDS {ocid} without an organisation identifier; {local} was made from the name. Replace it with the organisation's real identifier, such as its Companies House or charity number.";
        return (local, note);
    }

    /// <summary>XX-LOCAL- and 12 hex digits of the SHA-256 of the name, ignoring case and spacing.</summary>
    public static string LocalIdentifier(string name)
    {
        var normalised = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        return LocalPrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)))[..12];
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
