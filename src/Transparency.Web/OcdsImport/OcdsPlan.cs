using Transparency.Web.Domain;

namespace Transparency.Web.OcdsImport;

/// <summary>The organisations and contracts the awards describe, worked out before anything is written.</summary>
public sealed class OcdsPlan
{
    private static readonly HashSet<string> NotAwarded = new(["cancelled", "unsuccessful"], StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, PlannedOrganisation> Organisations { get; } = new(StringComparer.Ordinal);

    public List<PlannedContract> Contracts { get; } = [];

    public void Add(OcdsAward award, OcdsImportReport report)
    {
        var label = $"{award.Ocid} award {award.AwardId}";
        if (award.Status is { } status && NotAwarded.Contains(status))
        {
            report.Skipped.Add($"{label}: its status is '{status}'.");
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
        var notes = new List<string>();
        var pence = Value(award, notes);
        if (award.Suppliers.Count > 1)
        {
            notes.Add($"One of {award.Suppliers.Count} suppliers on this award; the value is the whole award's, not this supplier's share.");
        }

        var start = award.StartDate ?? award.AwardDate ?? DateOnly.FromDateTime(award.ReleaseDate.UtcDateTime);
        var end = award.EndDate is { } e && e >= start ? e : start;
        if (award.StartDate is null || award.EndDate is null)
        {
            notes.Add("The OCDS data gives no full contract period; the dates shown are estimated from the award.");
        }

        var description = string.Join("\n\n", new[] { award.Description }.Concat(notes).OfType<string>());
        foreach (var supplier in award.Suppliers.DistinctBy(s => (s.PartyId, s.Name)))
        {
            var supplierId = Organisation(supplier, award.Ocid, isBuyer: false);
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

    private string Organisation(OcdsParty party, string ocid, bool isBuyer)
    {
        var (identifier, note) = OcdsOrganisations.Identify(party, ocid);
        var previous = Organisations.GetValueOrDefault(identifier);
        Organisations[identifier] = new PlannedOrganisation(
            previous?.Name ?? party.Name,
            previous?.LegalForm ?? OcdsOrganisations.GuessLegalForm(identifier, party.Name, isBuyer, party.Vcse),
            party.Sme ?? previous?.Sme,
            party.Vcse ?? previous?.Vcse,
            previous?.ReviewNote ?? note);
        return identifier;
    }

    private static long Value(OcdsAward award, List<string> notes)
    {
        if (award.Amount is not { } amount || amount < 0)
        {
            return 0;
        }

        if (!string.Equals(award.Currency, "GBP", StringComparison.OrdinalIgnoreCase))
        {
            notes.Add($"The award value ({OcdsImporter.Pounds(amount)} {award.Currency ?? "in an unstated currency"}) was not imported: the portal records pounds sterling.");
            return 0;
        }

        return amount > 10_000_000_000_000m ? 0 : Money.ToPence(decimal.Round(amount, 2, MidpointRounding.AwayFromZero));
    }
}
