using Microsoft.Playwright;

namespace Transparency.BrowserTests;

/// <summary>
/// What a member of the public does, on the static folder this fixture serves. The provider upload journey needs
/// the running portal: see <see cref="UploadJourneyTests"/>.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class JourneyTests(BuiltSite site)
{
    [Fact]
    public async Task Search_FromHomeToProviderToContract_ShowsTheContract()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(site.TemplatePages()[2]));
        var name = (await page.Locator("table tbody th a").First.InnerTextAsync()).Trim();

        await page.GotoAsync(site.Url("/"));
        await page.GetByLabel("Find a provider, commissioner or subcontractor").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync("**/search/?q=*");
        await page.Locator("#search-results a", new() { HasTextString = name }).First.ClickAsync();

        Assert.Equal(name, (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Screenshots, "journey-provider.png"), FullPage = true });
        var contract = page.Locator("table", new() { HasTextString = "Reference" }).Locator("tbody th a").First;
        var reference = (await contract.InnerTextAsync()).Trim();
        await contract.ClickAsync();

        Assert.Equal($"Contract {reference}", (await page.Locator(".govuk-caption-l").InnerTextAsync()).Trim());
        Assert.True(await page.Locator("svg.app-chart title").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Screenshots, "journey-contract.png"), FullPage = true });
        site.Csp.AssertNone();
    }

    [Fact]
    public async Task Filters_ByLegalForm_ListOnlyThatLegalForm()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/providers/"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Charity", Exact = true }).ClickAsync();

        Assert.Equal("Providers: charity", (await page.Locator("h1").InnerTextAsync()).Trim());
        var forms = await page.Locator("table tbody tr td:nth-child(2)").AllInnerTextsAsync();
        Assert.NotEmpty(forms);
        Assert.All(forms, f => Assert.Equal("Charity", f.Trim()));
        site.Csp.AssertNone();
    }

    [Fact]
    public async Task PhoneWidth_320Pixels_HomeAndProviderDoNotScrollSideways()
    {
        var context = await site.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        foreach (var (path, shot) in new[] { ("/", "phone-home.png"), (site.TemplatePages()[4], "phone-provider.png") })
        {
            await page.GotoAsync(site.Url(path));
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Screenshots, shot), FullPage = true });
            Assert.True(width <= 320, $"{path} is {width} px wide at a 320 px window.");
        }

        await context.CloseAsync();
        site.Csp.AssertNone();
    }

    [Fact]
    public async Task WithoutJavaScript_FindProviderFollowSubcontractorAndDownloadTable()
    {
        var context = await site.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/"));
        await page.GetByRole(AriaRole.Link, new() { Name = "providers A to Z" }).ClickAsync();
        await page.Locator("nav[aria-label='Providers A to Z'] a").First.ClickAsync();
        var provider = page.Locator("table tbody th a").First;
        var name = (await provider.InnerTextAsync()).Trim();
        await provider.ClickAsync();
        Assert.Equal(name, (await page.Locator("h1").InnerTextAsync()).Trim());

        var csv = await page.Locator("a[download]").First.GetAttributeAsync("href");
        var response = await context.APIRequest.GetAsync(site.Url(csv!));
        Assert.Equal(200, response.Status);
        Assert.Contains("Reference", await response.TextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(site.Url("/glossary/"));
        Assert.Equal("Glossary", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.GotoAsync(site.Url("/subcontractors/"));
        await page.Locator("table tbody th a").First.ClickAsync();
        Assert.Contains("as a subcontractor", await page.TitleAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Screenshots, "nojs-subcontractor.png"), FullPage = true });
        await context.CloseAsync();
        site.Csp.AssertNone();
    }

    [Fact]
    public async Task InsightsPage_WithoutJavaScriptAt320Pixels_ShowsChartAndTableAndDownloads()
    {
        var context = await site.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Market concentration" }).ClickAsync();
        Assert.Equal("Market concentration", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.True(await page.Locator("svg[role='img'] title").CountAsync() > 0, "The concentration chart is missing.");
        Assert.True(await page.Locator("table tbody tr").CountAsync() > 1, "The concentration tables are empty.");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Screenshots, "nojs-phone-concentration.png"), FullPage = true });
        Assert.True(width <= 320, $"The concentration page is {width} px wide at a 320 px window.");

        var csv = await page.Locator("a[download]").Last.GetAttributeAsync("href");
        var response = await context.APIRequest.GetAsync(site.Url(csv!));
        Assert.Equal(200, response.Status);
        Assert.Contains("HHI", await response.TextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(site.Url("/insights/regional-variation/"));
        var ratings = await page.Locator("table tbody td strong.govuk-tag").AllInnerTextsAsync();
        Assert.NotEmpty(ratings);
        Assert.All(ratings, r => Assert.Matches("^(Green: best|Amber: middle|Red: worst) third$", r.Trim()));
        await context.CloseAsync();
        site.Csp.AssertNone();
    }
}
