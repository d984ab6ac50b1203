using Transparency.Web.Publication;

namespace Transparency.Web.Feeds.Downloads.Storage;

/// <summary>
/// One build of the bulk files: the parts it is made of, the log position it shows (with the projection's history)
/// and <see cref="AsOf"/>, when the newest change it includes was committed, which dates the files so that every
/// instance at the same position serves the same bytes. <see cref="Layout"/> names the partitioning and formats it
/// was written with; a manifest from another layout is built again.
/// </summary>
public sealed record DownloadsManifest(string Layout, long Number, ProjectionState State, DateTime AsOf, IReadOnlyList<StoredPart> Parts);
