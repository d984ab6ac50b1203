namespace Transparency.BrowserTests;

/// <summary>Every page template through the Nu HTML Checker (npm vnu-jar, run with java): no errors.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class HtmlValidityTests(BuiltSite site)
{
    [Fact]
    public async Task NuHtmlChecker_EveryTemplate_ReportsNoErrors()
    {
        var files = new List<string>();
        foreach (var path in site.TemplatePages())
        {
            var file = Path.Combine(site.Folder, path == "/404.html" ? "404.html" : path.Trim('/') + (path == "/" ? "index.html" : "/index.html"));
            Assert.True(File.Exists(file), $"No page at {path}");
            files.Add(file);
        }

        await NuHtmlChecker.AssertNoErrorsAsync(files);
    }
}
