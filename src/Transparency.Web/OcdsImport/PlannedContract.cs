using Transparency.Web.Domain;

namespace Transparency.Web.OcdsImport;

public sealed record PlannedContract(
    string Reference,
    string Title,
    string? Description,
    string Buyer,
    string Supplier,
    Sector Sector,
    DateOnly Start,
    DateOnly End,
    long? ValuePence,
    string? Ocid,
    string? NoticeUrl);
