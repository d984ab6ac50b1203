using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Feeds.Downloads.Storage;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// Keeps the bulk files under data/downloads: immutable part blobs (<see cref="BlobStore"/>), one manifest per build
/// in manifests/, and the file <c>current</c> naming the manifest being served, replaced by a rename so readers
/// switch from one build to the next at once. After each switch, and at start, it removes what no kept build names:
/// manifests and blobs of older builds, and blobs a crashed build wrote but never switched to. Kept are the current
/// build, the previous one, and any older build a download is still reading (<see cref="DownloadsBuild.TryLease"/>).
/// A manifest whose blobs are missing or the wrong size, or from another layout, is not served: the files are
/// built again.
/// </summary>
public sealed class DownloadsStore
{
    private static readonly JsonSerializerOptions ManifestOptions = new(JsonSerializerDefaults.Web);

    private readonly ILogger<DownloadsStore> _logger;
    private readonly FeedsOptions _options;
    private readonly string _layout;
    private readonly Lock _gate = new();
    private readonly List<DownloadsBuild> _retired = [];
    private DownloadsBuild? _current;
    private DownloadsBuild? _previous;
    private bool _loaded;

    public DownloadsStore(PortalPaths paths, IOptions<FeedsOptions> options, ILogger<DownloadsStore> logger)
    {
        _logger = logger;
        _options = options.Value;
        Root = Path.Combine(paths.DataFolder, "downloads");
        Blobs = new BlobStore(Path.Combine(Root, "blobs"));
        Tables = DownloadTables.All(_options);
        Framings = new PartFramings(_options, Tables);
        _layout = DownloadsLayout.Stamp(Tables);
    }

    public string Root { get; }

    public BlobStore Blobs { get; }

    public IReadOnlyList<IDownloadTable> Tables { get; }

    public PartFramings Framings { get; }

    public string Layout => _layout;

    /// <summary>Held by whoever writes blobs or removes them: one build at a time per data folder.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    private string ManifestsFolder => Path.Combine(Root, "manifests");

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

    /// <summary>Writes the manifest, points readers at it and removes what is no longer kept. Call holding <see cref="Gate"/>.</summary>
    public DownloadsBuild Switch(DownloadsManifest manifest, DownloadsBuildReport report)
    {
        Directory.CreateDirectory(ManifestsFolder);
        var number = NextNumber();
        manifest = manifest with { Number = number };
        var name = string.Create(CultureInfo.InvariantCulture, $"{number:D10}.json");
        WriteReplacing(Path.Combine(ManifestsFolder, name), JsonSerializer.SerializeToUtf8Bytes(manifest, ManifestOptions));
        WriteReplacing(PointerPath, System.Text.Encoding.UTF8.GetBytes(name));

        var build = Create(name, manifest, report);
        lock (_gate)
        {
            if (_previous is not null)
            {
                _retired.Add(_previous);
            }

            _previous = _current;
            _current = build;
            _loaded = true;
        }

        Collect();
        return build;
    }

    /// <summary>At start: removes blobs and manifests a crashed or killed build left behind. Call holding <see cref="Gate"/>.</summary>
    public void Collect()
    {
        List<DownloadsBuild> kept;
        lock (_gate)
        {
            _retired.RemoveAll(b => b.TryRetire());
            kept = [.. new[] { _current, _previous }.OfType<DownloadsBuild>(), .. _retired];
        }

        if (!_loaded)
        {
            kept = Current is { } current ? [current] : [];
        }

        var names = kept.Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
        if (Directory.Exists(ManifestsFolder))
        {
            foreach (var file in Directory.EnumerateFiles(ManifestsFolder).Where(f => !names.Contains(Path.GetFileName(f))))
            {
                File.Delete(file);
            }
        }

        var removed = Blobs.RemoveAllExcept(kept.SelectMany(b => b.Manifest.Parts).Select(p => p.Blob).ToHashSet(StringComparer.Ordinal));

        // The layout before parts: whole builds in folders.
        var legacy = Path.Combine(Root, "builds");
        if (Directory.Exists(legacy))
        {
            Directory.Delete(legacy, recursive: true);
        }

        if (removed > 0)
        {
            _logger.LogInformation("Removed {Count} bulk-file parts no kept build uses", removed);
        }
    }

    private DownloadsBuild Create(string name, DownloadsManifest manifest, DownloadsBuildReport? report) =>
        new(name, manifest, ServedFiles.Create(manifest, Blobs, Framings, Tables, _options)) { Report = report };

    private DownloadsBuild? Load()
    {
        if (!File.Exists(PointerPath))
        {
            return null;
        }

        var name = File.ReadAllText(PointerPath).Trim();
        var path = Path.Combine(ManifestsFolder, name);
        if (!File.Exists(path))
        {
            _logger.LogWarning("The current downloads manifest {Path} is missing; the bulk files will be built again", path);
            return null;
        }

        DownloadsManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<DownloadsManifest>(File.ReadAllBytes(path), ManifestOptions);
        }
        catch (JsonException error)
        {
            _logger.LogWarning(error, "The downloads manifest {Path} is unreadable; the bulk files will be built again", path);
            return null;
        }

        if (manifest is null || manifest.Layout != _layout)
        {
            _logger.LogInformation("The bulk files on disk were written with another layout ({Layout}); they will be built again", manifest?.Layout);
            return null;
        }

        if (manifest.Parts.FirstOrDefault(p => !Blobs.IsWhole(p)) is { } broken)
        {
            _logger.LogWarning("The bulk-file part {Blob} is missing or incomplete; the bulk files will be built again", broken.Blob);
            return null;
        }

        return Create(name, manifest, report: null);
    }

    private long NextNumber() =>
        Directory.EnumerateFiles(ManifestsFolder, "*.json")
            .Select(f => long.TryParse(Path.GetFileNameWithoutExtension(f), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max() + 1;

    private static void WriteReplacing(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
