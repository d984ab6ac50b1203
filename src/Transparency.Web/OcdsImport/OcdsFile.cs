namespace Transparency.Web.OcdsImport;

/// <summary>One OCDS file as read: its awards, or why it could not be read.</summary>
public sealed record OcdsFile(string Path, IReadOnlyList<OcdsAward> Awards, string? Problem);
