using System.Globalization;
using System.Text.Json;
using Transparency.Web.Data;
using Transparency.Web.Publication;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// Keeps each build of the bulk files in a folder of its own under data/downloads/builds and points at the
/// current one with a small file replaced by rename, which is atomic: a reader sees the old build or the
/// new one, never a half-written file. The previous build is kept so downloads already under way finish.
/// A build writes into a .work- folder whose lock file (beside it) it holds open until the folder is moved
/// into place or discarded; a work folder whose lock anyone can take was left by a build that crashed or was
/// killed, and is removed at start and before each build.
/// </summary>
public sealed class DownloadsStore(PortalPaths paths, ILogger<DownloadsStore> logger)
{
    private const string ManifestName = "manifest.json";
    private static readonly JsonSerializerOptions ManifestOptions = new(JsonSerializerDefaults.Web);
    private const string WorkPrefix = ".work-";
    private const string LockSuffix = ".lock";
    private readonly Lock _gate = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FileStream> _owned = new(StringComparer.Ordinal);
    private DownloadsBuild? _current;
    private bool _loaded;

    public string Root => Path.Combine(paths.DataFolder, "downloads");

    private string BuildsFolder => Path.Combine(Root, "builds");

    private string PointerPath => Path.Combine(Root, "current");

    /// <summary>The build being served, or null before the first build.</summary>
    public DownloadsBuild? Current
    {
        get
        {
            lock (_gate)
            {
                if (!_loaded)
                {
                    _current = Load();
                    _loaded = true;
                }

                return _current;
            }
        }
    }

    /// <summary>A new, empty folder to build into; nothing reads it until <see cref="Publish"/>.</summary>
    public string CreateWorkFolder(DateTime builtAt)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{WorkPrefix}{builtAt:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}");
        var folder = Path.Combine(Directory.CreateDirectory(BuildsFolder).FullName, name);

        // The lock exists before the folder, so a folder without a held lock is never a live build's.
        _owned[folder] = new FileStream(folder + LockSuffix, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        return Directory.CreateDirectory(folder).FullName;
    }

    /// <summary>Removes work folders that no running build owns (left by a crash or a killed process).</summary>
    public int RemoveStaleWorkFolders()
    {
        if (!Directory.Exists(BuildsFolder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(BuildsFolder, WorkPrefix + "*"))
        {
            if (_owned.ContainsKey(folder) || TryTakeLock(folder + LockSuffix) is not { } stale)
            {
                continue;
            }

            using (stale)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                    removed++;
                    logger.LogInformation("Removed the unfinished downloads build {Folder}", folder);
                }
                catch (IOException error)
                {
                    logger.LogWarning(error, "Could not remove the unfinished build {Folder}", folder);
                    continue;
                }
            }

            File.Delete(folder + LockSuffix);
        }

        return removed;
    }

    /// <summary>Moves a finished work folder into place and switches readers to it.</summary>
    public DownloadsBuild Publish(string workFolder, DateTime builtAt, IReadOnlyList<BuiltFile> files, ProjectionState state)
    {
        File.WriteAllText(Path.Combine(workFolder, ManifestName), JsonSerializer.Serialize(new Manifest(builtAt, files, state), ManifestOptions));
        var name = Path.GetFileName(workFolder)[".work-".Length..];
        var folder = Path.Combine(BuildsFolder, name);
        Directory.Move(workFolder, folder);
        Release(workFolder);

        var pointerTemp = PointerPath + ".tmp";
        File.WriteAllText(pointerTemp, name);
        File.Move(pointerTemp, PointerPath, overwrite: true);

        var build = new DownloadsBuild(folder, builtAt, files, state);
        DownloadsBuild? previous;
        lock (_gate)
        {
            previous = _current;
            _current = build;
            _loaded = true;
        }

        RemoveOldBuilds(keep: [name, previous is null ? string.Empty : Path.GetFileName(previous.Folder)]);
        return build;
    }

    /// <summary>Removes an abandoned work folder after a failed build.</summary>
    public void Discard(string workFolder)
    {
        try
        {
            Directory.Delete(workFolder, recursive: true);
        }
        catch (IOException error)
        {
            logger.LogWarning(error, "Could not remove the unfinished build {Folder}", workFolder);
        }
        finally
        {
            Release(workFolder);
        }
    }

    private static FileStream? TryTakeLock(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            // Held by a build under way, in this process or another.
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void Release(string workFolder)
    {
        if (_owned.TryRemove(workFolder, out var held))
        {
            held.Dispose();
            File.Delete(workFolder + LockSuffix);
        }
    }

    private DownloadsBuild? Load()
    {
        if (!File.Exists(PointerPath))
        {
            return null;
        }

        var folder = Path.Combine(BuildsFolder, File.ReadAllText(PointerPath).Trim());
        var manifestPath = Path.Combine(folder, ManifestName);
        if (!File.Exists(manifestPath))
        {
            logger.LogWarning("The current downloads build {Folder} has no manifest; it will be rebuilt", folder);
            return null;
        }

        var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(manifestPath), ManifestOptions)!;
        return new DownloadsBuild(folder, manifest.BuiltAt, manifest.Files, manifest.State);
    }

    private void RemoveOldBuilds(string[] keep)
    {
        foreach (var folder in Directory.EnumerateDirectories(BuildsFolder))
        {
            var name = Path.GetFileName(folder);
            if (keep.Contains(name, StringComparer.Ordinal) || name.StartsWith(".work-", StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException error)
            {
                // A reader may still hold a file open (Windows); the next build tries again.
                logger.LogInformation(error, "Kept old downloads build {Folder} for now", folder);
            }
        }
    }

    /// <summary>A build of an earlier version of the portal has no state: it is rebuilt.</summary>
    private sealed record Manifest(DateTime BuiltAt, IReadOnlyList<BuiltFile> Files, ProjectionState? State);
}
