namespace Transparency.Web.Domain;

/// <summary>
/// One change to the public record, written in the same transaction as the change itself (the outbox pattern).
/// The log is the only record of what the read side (site, bulk files, feeds) must catch up on: each of those
/// stores the last <see cref="Position"/> it has applied. Entries are never updated or deleted.
/// </summary>
public class PublicationLogEntry
{
    /// <summary>Increasing in commit order on both engines (see <c>PublicationLog</c>); gaps are allowed.</summary>
    public long Position { get; set; }

    public PublicationChangeKind Kind { get; set; }

    public DateTime CommittedAt { get; set; }

    public int? ProviderId { get; set; }

    public int? ReturnId { get; set; }

    public int? ReturnVersionId { get; set; }

    public int? VersionNumber { get; set; }

    /// <summary>The quarter as its sortable code (20252 for 2025-26 Q2), for returns.</summary>
    public int? QuarterCode { get; set; }

    /// <summary>The contracts the change touches, as ids separated by spaces: the return's contracts, or the registry rows changed.</summary>
    public string? ContractIds { get; set; }

    /// <summary>Organisations changed by a registry change, as ids separated by spaces.</summary>
    public string? OrganisationIds { get; set; }

    public IReadOnlyList<int> Contracts => Ids(ContractIds);

    public IReadOnlyList<int> Organisations => Ids(OrganisationIds);

    /// <summary>The most ids an entry lists; a change touching more names none, which readers take as "everything".</summary>
    public const int MaxIds = 2000;

    public static string? JoinIds(IEnumerable<int> ids)
    {
        var distinct = ids.Distinct().Order().ToList();
        return distinct.Count is 0 or > MaxIds ? null : string.Join(' ', distinct);
    }

    private static int[] Ids(string? text) => string.IsNullOrEmpty(text)
        ? []
        : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
