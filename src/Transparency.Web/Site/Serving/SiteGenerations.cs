using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.FileProviders;
using Transparency.Web.Data;

namespace Transparency.Web.Site.Serving;

/// <summary>
/// The served site on disk: a full build in one folder plus, after each publication, a small folder holding
/// only the pages that changed. <c>layers.json</c> lists the folders in use, newest last; it is replaced with
/// an atomic rename, and files are looked up newest layer first.
/// </summary>
public sealed class SiteGenerations(PortalPaths paths)
{
    private const string ManifestName = "layers.json";

    public string Root => paths.SiteFolder;

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

    /// <summary>A new, empty folder for the next layer, named after the highest number in use so far.</summary>
    public string NewLayerFolder()
    {
        Directory.CreateDirectory(Root);
        var next = Directory.GetDirectories(Root, "g*").Select(Path.GetFileName)
            .Select(n => int.TryParse(n![1..], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : 0)
            .DefaultIfEmpty(0).Max() + 1;
        var folder = Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"g{next:D6}"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Makes the given layers the served site: write the manifest beside, then rename it over the old one.</summary>
    public void Commit(IReadOnlyList<string> layers)
    {
        var temporary = Path.Combine(Root, ManifestName + ".tmp");
        File.WriteAllText(temporary, JsonSerializer.Serialize(layers));
        File.Move(temporary, Path.Combine(Root, ManifestName), overwrite: true);
    }

    public IFileProvider ProviderFor(IReadOnlyList<string> layers) => layers.Count == 0
        ? new NullFileProvider()
        : new CompositeFileProvider(layers.Reverse().Select(l => (IFileProvider)new PhysicalFileProvider(Path.Combine(Root, l))));

    /// <summary>Deletes layer folders no longer listed (left by a compaction or an interrupted build).</summary>
    public void RemoveUnused()
    {
        var used = Current().ToHashSet(StringComparer.Ordinal);
        foreach (var folder in Directory.Exists(Root) ? Directory.GetDirectories(Root, "g*") : [])
        {
            if (!used.Contains(Path.GetFileName(folder)))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
