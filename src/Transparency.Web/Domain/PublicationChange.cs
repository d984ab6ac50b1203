namespace Transparency.Web.Domain;

/// <summary>What changed in the public record, for <see cref="IPublicationListener"/>.</summary>
public sealed record PublicationChange(
    PublicationChangeKind Kind,
    int ReturnId,
    int ReturnVersionId,
    int ProviderId,
    Quarter Quarter,
    DateTime At);
