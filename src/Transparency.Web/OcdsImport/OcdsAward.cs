namespace Transparency.Web.OcdsImport;

/// <summary>One award of one release, with what the portal needs to create a contract per supplier.</summary>
public sealed record OcdsAward(
    string Ocid,
    string AwardId,
    DateTimeOffset ReleaseDate,
    string? Status,
    string Title,
    string? Description,
    decimal? Amount,
    string? Currency,
    DateOnly? StartDate,
    DateOnly? EndDate,
    DateOnly? AwardDate,
    OcdsParty? Buyer,
    IReadOnlyList<OcdsParty> Suppliers,
    IReadOnlyList<string> Classifications,
    string? NoticeUrl);
