namespace Transparency.Web.Feeds.Downloads;

/// <summary>What one build or incremental apply did: parts produced, how many of them were new blobs, bytes written, time.</summary>
public sealed record DownloadsBuildReport(bool FromScratch, string Changes, int PartsWritten, int BlobsWritten, long BytesWritten, int PartsKept, TimeSpan Elapsed);
