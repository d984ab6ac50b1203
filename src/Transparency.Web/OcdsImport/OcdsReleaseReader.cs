using System.Globalization;
using System.Text.Json;

namespace Transparency.Web.OcdsImport;

/// <summary>Turns one OCDS release into awards, resolving buyer and suppliers through parties (1.1) or inline (1.0).</summary>
public static class OcdsReleaseReader
{
    private const string ContractsFinderPrefix = "ocds-b5fd17";

    public static IEnumerable<OcdsAward> Awards(JsonElement release)
    {
        var ocid = OcdsText.Text(release, "ocid")!;
        var releaseDate = DateTimeOffset.TryParse(OcdsText.Text(release, "date"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : DateTimeOffset.MinValue;
        var parties = OcdsText.Array(release, "parties")
            .Where(p => OcdsText.Text(p, "id") is not null)
            .GroupBy(p => OcdsText.Text(p, "id")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var buyer = Buyer(release, parties);
        var tender = OcdsText.Child(release, "tender");
        var contracts = OcdsText.Array(release, "contracts").ToList();
        var classifications = Classifications(tender).ToList();

        foreach (var award in OcdsText.Array(release, "awards"))
        {
            var awardId = OcdsText.Text(award, "id") ?? "award";
            var period = OcdsText.Child(award, "contractPeriod")
                ?? contracts.Where(c => OcdsText.Text(c, "awardID") == awardId).Select(c => OcdsText.Child(c, "period")).FirstOrDefault(p => p is not null)
                ?? (tender is { } t ? OcdsText.Child(t, "contractPeriod") : null);
            var value = OcdsText.Child(award, "value");
            var description = OcdsText.Clean(OcdsText.Text(award, "description"));
            if (description is null || description.StartsWith("See description of related tender", StringComparison.OrdinalIgnoreCase))
            {
                description = tender is { } td ? OcdsText.Clean(OcdsText.Text(td, "description")) : null;
            }

            yield return new OcdsAward(
                ocid,
                awardId,
                releaseDate,
                OcdsText.Text(award, "status"),
                OcdsText.Clean(OcdsText.Text(award, "title")) ?? (tender is { } tt ? OcdsText.Clean(OcdsText.Text(tt, "title")) : null) ?? $"Contract {ocid}",
                description,
                value is { } v ? OcdsText.Number(v, "amount") : null,
                value is { } c ? OcdsText.Text(c, "currency") : null,
                period is { } ps ? OcdsText.Date(OcdsText.Text(ps, "startDate")) : null,
                period is { } pe ? OcdsText.Date(OcdsText.Text(pe, "endDate")) : null,
                OcdsText.Date(OcdsText.Text(award, "date")),
                buyer,
                [.. OcdsText.Array(award, "suppliers").Select(s => Party(s, parties)).OfType<OcdsParty>()],
                [.. classifications.Concat(Classifications(award)).Distinct(StringComparer.Ordinal)],
                NoticeUrl(ocid, award, tender));
        }
    }

    private static OcdsParty? Buyer(JsonElement release, Dictionary<string, JsonElement> parties)
    {
        if (OcdsText.Child(release, "buyer") is { } buyer)
        {
            return Party(buyer, parties);
        }

        var named = parties.Values.FirstOrDefault(p => OcdsText.Array(p, "roles").Any(r => r.ValueKind == JsonValueKind.String && r.GetString() == "buyer"));
        return named.ValueKind == JsonValueKind.Object ? Party(named, parties) : null;
    }

    /// <summary>An organisation reference resolved to its party (1.1), or read inline (1.0: identifier beside the name).</summary>
    private static OcdsParty? Party(JsonElement reference, Dictionary<string, JsonElement> parties)
    {
        var partyId = OcdsText.Text(reference, "id");
        var source = OcdsText.Child(reference, "identifier") is null && partyId is not null && parties.TryGetValue(partyId, out var party) ? party : reference;
        var identifier = OcdsText.Child(source, "identifier");
        var name = OcdsText.Clean(OcdsText.Text(source, "name")) ?? OcdsText.Clean(OcdsText.Text(reference, "name"))
            ?? (identifier is { } i ? OcdsText.Clean(OcdsText.Text(i, "legalName")) : null);
        if (name is null)
        {
            return null;
        }

        var details = OcdsText.Child(source, "details");
        var scale = details is { } dt ? OcdsText.Text(dt, "scale") : null;
        return new OcdsParty(
            name,
            identifier is { } si ? OcdsText.Clean(OcdsText.Text(si, "scheme")) : null,
            identifier is { } ii ? OcdsText.Clean(OcdsText.Text(ii, "id")) : null,
            partyId,
            OcdsText.Flag(source, "sme") ?? (scale is null ? null : scale is "sme" or "micro" or "small" or "medium"),
            OcdsText.Flag(source, "vco"));
    }

    private static IEnumerable<string> Classifications(JsonElement? element)
    {
        if (element is not { } e)
        {
            yield break;
        }

        foreach (var item in OcdsText.Array(e, "items"))
        {
            if (OcdsText.Child(item, "classification") is { } c && OcdsText.Text(c, "id") is { } id)
            {
                yield return id;
            }
        }

        if (OcdsText.Child(e, "classification") is { } own && OcdsText.Text(own, "id") is { } ownId)
        {
            yield return ownId;
        }
    }

    /// <summary>Contracts Finder ocids carry the notice id; other publishers may link a notice document.</summary>
    private static string? NoticeUrl(string ocid, JsonElement award, JsonElement? tender)
    {
        if (ocid.StartsWith(ContractsFinderPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var tail = ocid[ContractsFinderPrefix.Length..].TrimStart('-');
            tail = tail.StartsWith("raw-", StringComparison.OrdinalIgnoreCase) ? tail[4..] : tail;
            if (Guid.TryParse(tail, out var notice))
            {
                return $"https://www.contractsfinder.service.gov.uk/Notice/{notice}";
            }
        }

        var documents = OcdsText.Array(award, "documents").Concat(tender is { } t ? OcdsText.Array(t, "documents") : []);
        return documents
            .Where(doc => OcdsText.Text(doc, "documentType") is "awardNotice" or "contractNotice" or "tenderNotice")
            .Select(doc => OcdsText.Text(doc, "url"))
            .FirstOrDefault(url => url is { Length: <= 500 } && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http");
    }
}
