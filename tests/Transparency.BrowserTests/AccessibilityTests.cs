using Deque.AxeCore.Playwright;

namespace Transparency.BrowserTests;

/// <summary>Every page template, scanned with axe (WCAG 2.2 A and AA rules) and saved as a screenshot.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class AccessibilityTests(BuiltSite site)
{
    [Fact]
    public async Task Axe_EveryTemplate_FindsNoViolations()
    {
        var page = await site.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in site.TemplatePages())
        {
            await page.GotoAsync(site.Url(path));
            var results = await page.RunAxe(PortalPageChecks.Wcag);
            problems.AddRange(results.Violations.Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Screenshots, "template" + path.Replace('/', '-').TrimEnd('-') + ".png"), FullPage = true });
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        site.Csp.AssertNone();
    }

    [Fact]
    public async Task Keyboard_FirstTab_ReachesSkipLinkThatMovesToMain()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/"));
        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main-content", await page.EvaluateAsync<string>("document.activeElement.id"));
        site.Csp.AssertNone();
    }
}
