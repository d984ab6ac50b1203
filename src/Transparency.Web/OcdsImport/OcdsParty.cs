namespace Transparency.Web.OcdsImport;

/// <summary>A buyer or supplier as an OCDS file describes it (OCDS 1.1 parties or OCDS 1.0 inline organisations).</summary>
public sealed record OcdsParty(string Name, string? Scheme, string? Id, string? PartyId, bool? Sme, bool? Vcse);
