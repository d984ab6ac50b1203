namespace Transparency.Web.Returns.Api;

/// <summary>The answer to an upload whose bytes match a stored version: nothing changed.</summary>
public sealed record DuplicateResource(int VersionId, int? VersionNumber, string Status, string Quarter, string Message);
