using Transparency.Web.Domain;

namespace Transparency.Web.OcdsImport;

/// <summary>The organisations and contracts one file's awards describe, worked out before anything is written.</summary>
public sealed class OcdsPlan(OcdsIdentities identities)
{
    private static readonly HashSet<string> NotAwarded = new(["cancelled", "unsuccessful"], StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, PlannedOrganisation> Organisations { get; } = new(StringComparer.Ordinal);

    public List<PlannedContract> Contracts { get; } = [];

    public void Add(OcdsAward award, OcdsFileReport report)
    {
        var label = $"{award.Ocid} award {award.AwardId}";
        if (award.Status is { } status && NotAwarded.Contains(status))
        {
            report.Notes.Add($"{label} was left out: its status is '{status}'.");
            return;
        }

        if (award.Buyer is null)
        {
            report.Skipped.Add($"{label}: the release names no buyer.");
            return;
        }

        if (award.Suppliers.Count == 0)
        {
            report.Skipped.Add($"{label}: the award names no supplier.");
            return;
        }

        var buyer = Organisation(award.Buyer, award.Ocid, isBuyer: true);
        var suppliers = DistinctSuppliers(award, label, report);
        var notes = new List<string>();
        var pence = Value(award, notes);
        if (suppliers.Count > 1)
        {
            notes.Add($"One of {suppliers.Count} suppliers on this award; the value is the whole award's, not this supplier's share.");
        }

        var start = award.StartDate ?? award.AwardDate ?? DateOnly.FromDateTime(award.ReleaseDate.UtcDateTime);
        var end = award.EndDate is { } e && e >= start ? e : start;
        if (award.StartDate is null || award.EndDate is null)
        {
            notes.Add("The OCDS data gives no full contract period; the dates shown are estimated from the award.");
        }

        var description = string.Join("\n\n", new[] { award.Description }.Concat(notes).OfType<string>());
        foreach (var supplierId in suppliers)
        {
            Contracts.Add(new PlannedContract(
                OcdsImporter.ContractReference(award.Ocid, award.AwardId, supplierId),
                OcdsImporter.Truncate(award.Title, 500),
                description.Length == 0 ? null : OcdsImporter.Truncate(description, 4000),
                buyer,
                supplierId,
                OcdsSectors.Guess(award.Title, award.Classifications),
                start,
                end,
                pence,
                award.Ocid.Length <= 120 ? award.Ocid : null,
                award.NoticeUrl));
        }
    }

    /// <summary>
    /// The award's suppliers as organisations, each once: a supplier listed twice (by the same identifier, or by
    /// names that differ only in case, spacing, punctuation or "Ltd"/"Limited") gets one contract, and the file's
    /// report says so. A listing with a real identifier wins over one with only the name.
    /// </summary>
    private List<string> DistinctSuppliers(OcdsAward award, string label, OcdsFileReport report)
    {
        var byKey = new Dictionary<string, (OcdsParty Party, string Identifier)>(StringComparer.Ordinal);
        var identifiers = new List<string>();
        foreach (var supplier in award.Suppliers.OrderBy(s => OcdsOrganisations.Identify(s, award.Ocid, identities).ReviewNote is null ? 0 : 1))
        {
            var key = OcdsOrganisations.NameKey(supplier.Name);
            var identifier = byKey.TryGetValue(key, out var named) && IsLocal(supplier, award.Ocid) ? named.Identifier : Organisation(supplier, award.Ocid, isBuyer: false);
            if (identifiers.Contains(identifier, StringComparer.Ordinal))
            {
                var first = byKey.Values.FirstOrDefault(v => v.Identifier == identifier).Party ?? supplier;
                report.Notes.Add($"{label} lists the supplier '{first.Name}' more than once (also as '{supplier.Name}'): it was imported once, as {identifier}.");
                continue;
            }

            byKey.TryAdd(key, (supplier, identifier));
            identifiers.Add(identifier);
        }

        return identifiers;
    }

    private bool IsLocal(OcdsParty party, string ocid) => OcdsOrganisations.Identify(party, ocid, identities).ReviewNote is not null;

    private string Organisation(OcdsParty party, string ocid, bool isBuyer)
    {
        var (identifier, note) = OcdsOrganisations.Identify(party, ocid, identities);
        var previous = Organisations.GetValueOrDefault(identifier);
        Organisations[identifier] = new PlannedOrganisation(
            previous?.Name ?? party.Name,
            previous?.LegalForm ?? OcdsOrganisations.GuessLegalForm(identifier, party.Name, isBuyer, party.Vcse),
            party.Sme ?? previous?.Sme,
            party.Vcse ?? previous?.Vcse,
            previous?.ReviewNote ?? note);
        return identifier;
    }

    /// <summary>The award's value in pence; null ("not stated") when the file gives none, a negative one or another currency.</summary>
    private static long? Value(OcdsAward award, List<string> notes)
    {
        if (award.Amount is not { } amount || amount < 0)
        {
            return null;
        }

        if (!string.Equals(award.Currency, "GBP", StringComparison.OrdinalIgnoreCase))
        {
            notes.Add($"The award value ({OcdsImporter.Pounds(amount)} {award.Currency ?? "in an unstated currency"}) was not imported: the portal records pounds sterling.");
            return null;
        }

        return amount > 10_000_000_000_000m ? null : Money.ToPence(decimal.Round(amount, 2, MidpointRounding.AwayFromZero));
    }
}
