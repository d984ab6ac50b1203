using Microsoft.Playwright;

namespace Transparency.BrowserTests;

/// <summary>
/// Compare (served by the running portal), the regions hex map, peer benchmarks and what a correction changed, as a
/// reader sees them: without JavaScript, at 320 px, with axe and the Nu HTML Checker on every page reached.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class CompareAndPlacesTests(BuiltSite site, PortalServer portal) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task Compare_WithoutJavaScript_FromAProviderAddAPeerAndGetTheCsv()
    {
        var context = await site.NewContextAsync(new() { JavaScriptEnabled = false, IgnoreHTTPSErrors = true, ViewportSize = new() { Width = 320, Height = 640 } });
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        var provider = site.TemplatePages()[4];
        await page.GotoAsync(portal.Url(provider));
        var name = (await page.Locator("h1").InnerTextAsync()).Trim();

        await page.GetByRole(AriaRole.Link, new() { Name = "Compare with other providers" }).ClickAsync();
        await page.WaitForURLAsync("**/compare/?p=*");
        Assert.Equal("Compare providers", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal(["Figure", name], (await page.Locator("table thead th").AllInnerTextsAsync()).Select(t => t.Trim()));

        var peer = await page.Locator("#add-provider option:not([value=''])").First.GetAttributeAsync("value");
        await page.SelectOptionAsync("#add-provider", peer!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("p=" + Uri.EscapeDataString(peer!), StringComparison.Ordinal));
        Assert.Equal(3, await page.Locator("table thead th").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Screenshots, "compare-no-js-320.png"), FullPage = true });

        // The address is the comparison: a new reader opening it sees the same two providers.
        var shared = await (await site.NewContextAsync(new() { IgnoreHTTPSErrors = true })).NewPageAsync();
        await shared.GotoAsync(page.Url);
        Assert.Equal(3, await shared.Locator("table thead th").CountAsync());

        var csv = await page.Locator("a[download]").First.GetAttributeAsync("href");
        var response = await context.APIRequest.GetAsync(portal.Url(csv!));
        Assert.Equal(200, response.Status);
        Assert.StartsWith($"Figure,{name},", await response.TextAsync(), StringComparison.Ordinal);
        await context.CloseAsync();
    }

    [Fact]
    public async Task ComparePlacesAndCorrections_At320Pixels_FitTheScreenAndPassAxeAndTheNuChecker()
    {
        var context = await site.NewContextAsync(new() { IgnoreHTTPSErrors = true, ViewportSize = new() { Width = 320, Height = 640 } });
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        var checks = new PortalPageChecks(page);

        var identifiers = Directory.GetDirectories(Path.Combine(site.Folder, "providers"), "gb-*").Order(StringComparer.Ordinal).Take(4).Select(Path.GetFileName).ToList();
        await checks.GotoAsync("compare-four", portal.Url("/compare/?" + string.Join('&', identifiers.Select(i => "p=" + i!.ToUpperInvariant()))));
        Assert.Equal(5, await page.Locator("table thead th").CountAsync());
        await AssertFitsAsync(page, "compare");
        await checks.GotoAsync("compare-empty", portal.Url("/compare/"));
        await checks.GotoAsync("compare-by-name", portal.Url("/compare/?q=a"));
        await checks.GotoAsync("compare-unknown", portal.Url("/compare/?p=GB-COH-00000000"), status: 400);

        await checks.GotoAsync("regional-variation", portal.Url("/insights/regional-variation/"));
        var map = page.Locator("svg.app-hex-map");
        Assert.Equal("img", await map.GetAttributeAsync("role"));
        Assert.Contains("Regions at a glance", await map.Locator("title").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        Assert.True((await map.BoundingBoxAsync())!.Width <= 320);
        Assert.True(await page.Locator("table", new() { HasTextString = "Best third (green)" }).CountAsync() == 1);
        await AssertFitsAsync(page, "regional variation");

        await checks.GotoAsync("contract-with-peers", portal.Url(site.TemplatePages()[6]));
        await AssertFitsAsync(page, "contract");

        var corrected = Directory.GetFiles(Path.Combine(site.Folder, "providers"), "index.html", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(Path.Combine("returns", "index.html"), StringComparison.Ordinal) && File.ReadAllText(f).Contains("Figures changed by", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).FirstOrDefault();
        Assert.True(corrected is not null, "The demonstration data has no corrected return.");
        var history = "/" + Path.GetRelativePath(site.Folder, Path.GetDirectoryName(corrected)!).Replace('\\', '/') + "/";
        await checks.GotoAsync("return-history-changes", portal.Url(history));
        Assert.True(await page.Locator("table", new() { HasTextString = "Figures changed by" }).Locator("tbody tr").CountAsync() > 0);
        await AssertFitsAsync(page, "return history");

        await checks.AssertAccessibleAndValidAsync();
        await context.CloseAsync();
        site.Csp.AssertNone();
    }

    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 320, $"The {what} page is {width} px wide at a 320 px window.");
    }
}
