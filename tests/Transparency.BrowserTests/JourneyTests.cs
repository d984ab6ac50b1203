using Microsoft.Playwright;

namespace Transparency.BrowserTests;

/// <summary>
/// What a member of the public does, on the static folder this fixture serves, and on the running portal for search,
/// which the portal answers itself. The provider upload journey: see <see cref="UploadJourneyTests"/>.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class JourneyTests(BuiltSite site, PortalServer portal)
{
    [Fact]
    public async Task Search_FromHomeToProviderToContract_ShowsTheContract()
    {
        var page = await PortalPageAsync(javaScript: true);
        await page.GotoAsync(portal.Url(site.TemplatePages()[2]));
        var name = (await page.Locator("table tbody th a").First.InnerTextAsync()).Trim();

        await page.GotoAsync(portal.Url("/"));
        await page.GetByLabel("Find a provider").FillAsync(name);
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
    public async Task Search_WithoutJavaScriptAndWithATypo_FindsTheProvider()
    {
        var page = await PortalPageAsync(javaScript: false);
        await page.GotoAsync(portal.Url(site.TemplatePages()[2]));
        var name = (await page.Locator("table tbody th a").First.InnerTextAsync()).Trim();
        var word = name.Split(' ').OrderByDescending(w => w.Length).First();
        var typo = word[..2] + word[3] + word[2] + word[4..];

        await page.GotoAsync(portal.Url("/search/"));
        await page.GetByLabel("Find a provider").FillAsync(name.Replace(word, typo, StringComparison.Ordinal).ToUpperInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync("**/search/?q=*");

        Assert.Equal(name, (await page.Locator("#search-results li a").First.InnerTextAsync()).Trim());
        Assert.Contains(word.ToLowerInvariant(), await page.Locator("#search-corrections").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#search-results li a").First.ClickAsync();
        await page.WaitForURLAsync("**/providers/**");
        Assert.Equal(name, (await page.Locator("h1").InnerTextAsync()).Trim());
        site.Csp.AssertNone();
    }

    [Fact]
    public async Task SearchAsYouType_OffersSuggestions_AndChoosingOneOpensItsPage_AndThePagesPassChecks()
    {
        var page = await PortalPageAsync(javaScript: true);
        await page.GotoAsync(portal.Url(site.TemplatePages()[2]));
        var name = (await page.Locator("table tbody th a").First.InnerTextAsync()).Trim();
        var checks = new PortalPageChecks(page);
        await checks.GotoAsync("search-results", portal.Url("/search/?q=" + Uri.EscapeDataString(name)));
        await checks.GotoAsync("search-contracts", portal.Url("/contracts/?status=active"));

        await checks.GotoAsync("search-empty", portal.Url("/search/"));
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Find a provider" }).PressSequentiallyAsync(name[..Math.Min(name.Length, 7)]);
        var option = page.GetByRole(AriaRole.Option).Filter(new() { HasTextString = name }).First;
        await option.WaitForAsync();
        await PortalPageChecks.Screenshot(page, "search-as-you-type");
        await option.ClickAsync();
        await page.WaitForURLAsync("**/providers/**");

        Assert.Equal(name, (await page.Locator("h1").InnerTextAsync()).Trim());
        await checks.AssertAccessibleAndValidAsync();
        site.Csp.AssertNone();
    }

    private async Task<IPage> PortalPageAsync(bool javaScript)
    {
        var context = await site.NewContextAsync(new() { IgnoreHTTPSErrors = true, JavaScriptEnabled = javaScript });
        context.SetDefaultTimeout(120_000);
        return await context.NewPageAsync();
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
