using System.Diagnostics;

namespace Transparency.BrowserTests;

/// <summary>The Nu HTML Checker (npm vnu-jar, run with java) over a set of HTML files, errors only.</summary>
public static class NuHtmlChecker
{
    public static async Task AssertNoErrorsAsync(IEnumerable<string> files)
    {
        Assert.True(File.Exists(BuiltSite.VnuJar), $"The Nu HTML Checker is missing at {BuiltSite.VnuJar}: run npm ci at the repository root.");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", BuiltSite.VnuJar, "--errors-only", "--format", "text" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var file in files)
        {
            Assert.True(File.Exists(file), $"No page at {file}");
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await errors + await output);
    }
}
