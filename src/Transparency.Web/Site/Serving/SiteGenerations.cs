using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.FileProviders;
using Transparency.Web.Data;
using Transparency.Web.Publication;

namespace Transparency.Web.Site.Serving;

/// <summary>
/// The served site on disk. A full build writes a new generation folder (<c>g000012</c>); <c>layers.json</c> names the
/// one being served and is replaced with an atomic rename, so readers switch from the whole old site to the whole new
/// one. Publications then rewrite their pages inside that folder, each file replaced by a rename (see
/// <see cref="Build.SiteOutput"/>). Beside each generation, outside what is served, <c>g000012.site.json</c> and
/// <c>g000012.indexes.json</c> hold the log positions its pages and its insights pages and search index have reached.
/// </summary>
public sealed class SiteGenerations(PortalPaths paths)
{
    private const string ManifestName = "layers.json";

    public string Root => paths.SiteFolder;

    /// <summary>
    /// Held while a projection changes the served generation's files or switches generations, so the pages projection
    /// and the indexes projection never write the same folder at once or into one being replaced.
    /// </summary>
    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    /// <summary>The folder names listed in the manifest, newest last (earlier versions of the portal stacked several).</summary>
    public IReadOnlyList<string> Current()
    {
        var manifest = Path.Combine(Root, ManifestName);
        if (!File.Exists(manifest))
        {
            return [];
        }

        var layers = JsonSerializer.Deserialize<List<string>>(File.ReadAllText(manifest)) ?? [];
        return layers.All(l => Directory.Exists(Path.Combine(Root, l))) ? layers : [];
    }

    /// <summary>The one generation being served, or null when there is none (or an earlier version's stack of layers, which is rebuilt).</summary>
    public string? CurrentGeneration() => Current() is [var only] ? only : null;

    public string FolderOf(string generation) => Path.Combine(Root, generation);

    public ProjectionState? ReadState(string generation, string projection) => ProjectionStateFile.Read(StatePath(generation, projection));

    public void WriteState(string generation, string projection, ProjectionState state) => ProjectionStateFile.Write(StatePath(generation, projection), state);

    /// <summary>The Pagefind glob of the generation's full build, for refreshing its search index later.</summary>
    public string? ReadSearchGlob(string generation) => File.Exists(GlobPath(generation)) ? File.ReadAllText(GlobPath(generation)) : null;

    public void WriteSearchGlob(string generation, string? glob)
    {
        if (glob is not null)
        {
            File.WriteAllText(GlobPath(generation), glob);
        }
    }

    /// <summary>
    /// A new, empty folder for the next generation, named after the highest number in use so far, with a claim file held
    /// until the returned handle is disposed: two builds never take the same number, and <see cref="RemoveUnused"/>
    /// leaves a generation alone while it is being built.
    /// </summary>
    public (string Folder, IDisposable Claim) NewGenerationFolder()
    {
        Directory.CreateDirectory(Root);
        var next = Directory.GetDirectories(Root, "g*").Select(Path.GetFileName)
            .Select(n => int.TryParse(n![1..], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : 0)
            .DefaultIfEmpty(0).Max() + 1;
        while (true)
        {
            var folder = Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"g{next:D6}"));
            try
            {
                var claim = new FileStream(folder + ".claim", FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
                Directory.CreateDirectory(folder);
                return (folder, new Claim(claim, folder + ".claim"));
            }
            catch (IOException) when (File.Exists(folder + ".claim"))
            {
                next++;
            }
        }
    }

    /// <summary>Makes the given generation the served site: write the manifest beside, then rename it over the old one.</summary>
    public void Commit(string generation)
    {
        var temporary = Path.Combine(Root, ManifestName + ".tmp");
        File.WriteAllText(temporary, JsonSerializer.Serialize(new[] { generation }));
        File.Move(temporary, Path.Combine(Root, ManifestName), overwrite: true);
    }

    public IFileProvider ProviderFor(IReadOnlyList<string> layers) => layers.Count == 0
        ? new NullFileProvider()
        : new CompositeFileProvider(layers.Reverse().Select(l => (IFileProvider)new PhysicalFileProvider(Path.Combine(Root, l))));

    /// <summary>Deletes generation folders and their state no longer listed (left by an earlier generation or an interrupted build).</summary>
    public void RemoveUnused()
    {
        var used = Current().ToHashSet(StringComparer.Ordinal);
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var folder in Directory.GetDirectories(Root, "g*"))
        {
            if (!used.Contains(Path.GetFileName(folder)) && !IsClaimed(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        foreach (var state in Directory.GetFiles(Root, "g*.*"))
        {
            var generation = Path.Combine(Root, Path.GetFileName(state).Split('.')[0]);
            if (!used.Contains(Path.GetFileName(generation)) && !Directory.Exists(generation) && !IsClaimed(generation))
            {
                File.Delete(state);
            }
        }
    }

    /// <summary>
    /// A folder for an indexes refresh to work in, with a lock file held until the returned handle is disposed, so that
    /// <see cref="RemoveAbandonedWork"/> never removes a live one (another host in this process may share the folder).
    /// </summary>
    public (string Folder, IDisposable Lock) NewWorkFolder()
    {
        Directory.CreateDirectory(Root);
        var folder = Path.Combine(Root, $".indexes-{Guid.NewGuid():N}");
        var held = new FileStream(folder + ".lock", FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        Directory.CreateDirectory(folder);
        return (folder, held);
    }

    /// <summary>Work folders whose lock nobody holds: an indexes refresh was under way when its process stopped.</summary>
    public void RemoveAbandonedWork()
    {
        foreach (var folder in Directory.Exists(Root) ? Directory.GetDirectories(Root, ".indexes-*") : [])
        {
            try
            {
                using (new FileStream(folder + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
                {
                    Directory.Delete(folder, recursive: true);
                }

                File.Delete(folder + ".lock");
            }
            catch (IOException)
            {
                // Its refresh is still running.
            }
        }
    }

    /// <summary>Removes a work folder after its refresh, then its lock.</summary>
    public static void RemoveWorkFolder(string folder, IDisposable held)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        held.Dispose();
        File.Delete(folder + ".lock");
    }

    private static bool IsClaimed(string generationFolder)
    {
        try
        {
            using (new FileStream(generationFolder + ".claim", FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                return false;
            }
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private string StatePath(string generation, string projection) => Path.Combine(Root, $"{generation}.{projection}.json");

    private string GlobPath(string generation) => Path.Combine(Root, $"{generation}.search-glob.txt");

    /// <summary>A held claim on a generation number; disposing it releases and removes the claim file.</summary>
    private sealed class Claim(FileStream stream, string path) : IDisposable
    {
        public void Dispose()
        {
            stream.Dispose();
            File.Delete(path);
        }
    }
}
