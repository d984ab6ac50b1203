namespace Transparency.Web.Site.Build;

/// <summary>Step: reads content/*.md in ordinal file-name order, so the output never depends on the file system's order.</summary>
public static class ReadContent
{
    public static async Task<IReadOnlyList<(string Slug, string Markdown)>> RunAsync(string contentFolder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(contentFolder))
        {
            return [];
        }

        var files = Directory.GetFiles(contentFolder, "*.md").Order(StringComparer.Ordinal).ToList();
        var pages = new List<(string, string)>(files.Count);
        foreach (var file in files)
        {
            pages.Add((Path.GetFileNameWithoutExtension(file), await File.ReadAllTextAsync(file, cancellationToken)));
        }

        return pages;
    }
}
