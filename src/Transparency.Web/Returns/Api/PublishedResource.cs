using Transparency.Web.Publication;

namespace Transparency.Web.Returns.Api;

/// <summary>
/// The answer to a publish: the version's id and number, a sentence saying what happened, and whether the public site
/// and bulk files show it yet. They follow in the background, so right after publishing they are usually "being
/// added"; the versions resource says when they show it.
/// </summary>
public sealed record PublishedResource(int VersionId, int? VersionNumber, string Message, string VersionsHref, string? PublicPageHref, IReadOnlyList<OutputVisibility>? PublicOutputs);
