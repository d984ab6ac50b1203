namespace Transparency.Web.Returns.Workflow;

/// <summary>
/// Publish a draft. <see cref="RestatementReason"/> is required once the quarter has been published before.
/// Set <see cref="OrganisationId"/> to the caller's organisation for provider users and tokens: a draft of
/// another organisation is then refused (administrators leave it null).
/// </summary>
public sealed record PublishRequest(int DraftVersionId, string Actor, string? IpAddress, string? RestatementReason = null, int? OrganisationId = null);
