using System.Diagnostics;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Step: builds the static search index with Pagefind, the pinned npm package, when `npm ci` has installed it.
/// Without Node.js the site is complete but has no search index: the search page then points to the A to Z
/// lists and filter pages, which need no JavaScript.
/// </summary>
public sealed class IndexSearch(string repositoryRoot, ILogger logger)
{
    public string Executable => Path.Combine(repositoryRoot, "node_modules", ".bin", "pagefind");

    public async Task<bool> RunAsync(SiteOutput output, CancellationToken cancellationToken)
    {
        if (!File.Exists(Executable))
        {
            logger.LogWarning("No search index: Pagefind is not installed. Run `npm ci` in {Root} (needs Node.js) and build the site again.", repositoryRoot);
            return false;
        }

        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--site");
        start.ArgumentList.Add(output.Folder);
        start.ArgumentList.Add("--silent");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Pagefind did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            logger.LogWarning("Pagefind failed ({Code}); the site has no search index. {Output}", process.ExitCode, await stderr + await stdout);
            return false;
        }

        return true;
    }
}
