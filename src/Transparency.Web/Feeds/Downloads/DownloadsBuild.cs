namespace Transparency.Web.Feeds.Downloads;

/// <summary>A finished, immutable set of bulk files: the folder it lives in, when it was built, its files by path and the log position it shows.</summary>
public sealed class DownloadsBuild(string folder, DateTime builtAt, IReadOnlyList<BuiltFile> files, Publication.ProjectionState? state)
{
    public Publication.ProjectionState? State { get; } = state;

    public string Folder { get; } = folder;

    public DateTime BuiltAt { get; } = builtAt;

    public IReadOnlyList<BuiltFile> Files { get; } = files;

    public IReadOnlyDictionary<string, BuiltFile> ByPath { get; } = files.ToDictionary(f => f.Path, StringComparer.Ordinal);

    public string PhysicalPath(BuiltFile file) => Path.Combine(Folder, file.Path.Replace('/', Path.DirectorySeparatorChar));
}
