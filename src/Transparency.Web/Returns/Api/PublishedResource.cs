namespace Transparency.Web.Returns.Api;

/// <summary>The answer to a publish: the version's id and number and a sentence saying what happened.</summary>
public sealed record PublishedResource(int VersionId, int? VersionNumber, string Message, string VersionsHref);
