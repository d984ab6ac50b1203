namespace Transparency.Web.Feeds.Downloads;

/// <summary>A finished bulk file: its path inside the build (forward slashes), size, SHA-256 and gzip copy size.</summary>
public sealed record BuiltFile(string Path, string MediaType, long Bytes, string Sha256, long? GzipBytes);
