using System.Diagnostics;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Step: builds the static search index with Pagefind, the pinned npm package, when `npm ci` has installed it.
/// Without Node.js the site is complete but has no search index: the search page then points to the A to Z
/// lists and filter pages, which need no JavaScript.
/// </summary>
public sealed class IndexSearch(string repositoryRoot, ILogger logger)
{
    /// <summary>
    /// Pagefind's own binary in tools/ beside the portal when there is one (the container image copies it there, so it
    /// needs no Node.js), otherwise the npm package's launcher.
    /// </summary>
    public string Executable => File.Exists(Path.Combine(repositoryRoot, "tools", "pagefind"))
        ? Path.Combine(repositoryRoot, "tools", "pagefind")
        : Path.Combine(repositoryRoot, "node_modules", ".bin", "pagefind");

    /// <summary>
    /// Pagefind indexes only pages marked <c>data-pagefind-body</c> once any page has it, but it still reads every HTML
    /// file it finds; at national scale most of the site is contract pages that are not searchable. So it is given a
    /// glob covering just the folders that hold searchable pages: each searchable page's first folder, then one
    /// wildcard per deeper level. The index is the same; Pagefind reads a fraction of the files.
    /// </summary>
    public static string GlobFor(IEnumerable<WrittenPage> pages)
    {
        var patterns = pages.Where(p => p.Searchable).Select(p => SiteUrls.FileFor(p.Url).Split('/')).Select(parts => parts.Length <= 2
                ? string.Join('/', parts)
                : string.Join('/', parts.Take(1).Concat(Enumerable.Repeat("*", parts.Length - 2)).Append(parts[^1])))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return patterns.Count == 1 ? patterns[0] : "{" + string.Join(',', patterns) + "}";
    }

    public Task<bool> RunAsync(SiteOutput output, IEnumerable<WrittenPage> pages, CancellationToken cancellationToken) =>
        RunAsync(output.Folder, GlobFor(pages), outputFolder: null, cancellationToken);

    /// <summary>Indexes the site in <paramref name="siteFolder"/>, writing the index into its pagefind/ folder or into <paramref name="outputFolder"/>.</summary>
    public async Task<bool> RunAsync(string siteFolder, string glob, string? outputFolder, CancellationToken cancellationToken)
    {
        if (!File.Exists(Executable))
        {
            logger.LogWarning("No search index: Pagefind is not installed. Run `npm ci` in {Root} (needs Node.js) and build the site again.", repositoryRoot);
            return false;
        }

        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--site");
        start.ArgumentList.Add(siteFolder);
        start.ArgumentList.Add("--glob");
        start.ArgumentList.Add(glob);
        if (outputFolder is not null)
        {
            start.ArgumentList.Add("--output-path");
            start.ArgumentList.Add(outputFolder);
        }

        start.ArgumentList.Add("--silent");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Pagefind did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // A stopping host must not leave Pagefind running on its own, writing into a folder nobody reads.
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            logger.LogWarning("Pagefind failed ({Code}); the site has no search index. {Output}", process.ExitCode, await stderr + await stdout);
            return false;
        }

        return true;
    }
}
