using System.Diagnostics;

namespace Transparency.BrowserTests;

/// <summary>Every page template through the Nu HTML Checker (npm vnu-jar, run with java): no errors.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class HtmlValidityTests(BuiltSite site)
{
    [Fact]
    public async Task NuHtmlChecker_EveryTemplate_ReportsNoErrors()
    {
        var jar = Path.Combine(Path.GetDirectoryName(BuiltSite.Screenshots)!, "..", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"The Nu HTML Checker is missing at {jar}: run npm ci at the repository root.");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--format", "text" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var path in site.TemplatePages())
        {
            var file = Path.Combine(site.Folder, path == "/404.html" ? "404.html" : path.Trim('/') + (path == "/" ? "index.html" : "/index.html"));
            Assert.True(File.Exists(file), $"No page at {path}");
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, errors + output);
    }
}
