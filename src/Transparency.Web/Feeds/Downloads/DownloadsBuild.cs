using Transparency.Web.Feeds.Downloads.Storage;
using Transparency.Web.Publication;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// One build of the bulk files, as a manifest names it, with every file it serves. Requests take a lease for as long
/// as they send a file, and the store keeps the blobs of a build that is leased, as well as those of the current and
/// the previous build, so a download under way finishes even after newer builds have replaced it.
/// </summary>
public sealed class DownloadsBuild(string name, DownloadsManifest manifest, IReadOnlyDictionary<string, ServedFile> files)
{
    private readonly Lock _gate = new();
    private int _leases;
    private bool _retired;

    /// <summary>The manifest's file name in data/downloads/manifests.</summary>
    public string Name { get; } = name;

    public DownloadsManifest Manifest { get; } = manifest;

    public ProjectionState State => Manifest.State;

    /// <summary>When the newest change the build shows was committed: the files' Last-Modified and their packages' date.</summary>
    public DateTime AsOf => Manifest.AsOf;

    public IReadOnlyDictionary<string, ServedFile> Files { get; } = files;

    public bool HasGrants => Files.ContainsKey(DownloadsBuilder.GrantsPath);

    /// <summary>What the build wrote, when this process made it (null for a build loaded from disk).</summary>
    public DownloadsBuildReport? Report { get; init; }

    public ServedFile? Find(string path) => Files.GetValueOrDefault(path);

    /// <summary>The financial years a table has files for (a year with no rows has none).</summary>
    public IReadOnlyList<int> YearsOf(string table) =>
        [.. Manifest.Parts.Where(p => p.Output == table && p.Year is not null).Select(p => p.Year!.Value).Distinct().Order()];

    /// <summary>Keeps the build's blobs until the lease is disposed; null once the build has been removed.</summary>
    public IDisposable? TryLease()
    {
        lock (_gate)
        {
            if (_retired)
            {
                return null;
            }

            _leases++;
            return new Lease(this);
        }
    }

    internal bool InUse
    {
        get
        {
            lock (_gate)
            {
                return _leases > 0;
            }
        }
    }

    /// <summary>Marks the build removed unless a request holds it; true when it may be deleted.</summary>
    internal bool TryRetire()
    {
        lock (_gate)
        {
            _retired = _leases == 0;
            return _retired;
        }
    }

    private void Release()
    {
        lock (_gate)
        {
            _leases--;
        }
    }

    private sealed class Lease(DownloadsBuild build) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                build.Release();
            }
        }
    }
}
