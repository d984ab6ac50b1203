using Microsoft.Playwright;

namespace Transparency.BrowserTests;

/// <summary>
/// Cumulative layout shift on a phone, as Lighthouse's mobile run measures it (the browser's own layout-shift
/// entries, not a timing): under 0.05 on one page of every template, once GOV.UK Frontend has started.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class LayoutShiftTests(BuiltSite site)
{
    private const string RecordShifts = """
        window.__layoutShift = 0;
        new PerformanceObserver(list => {
          for (const entry of list.getEntries()) { if (!entry.hadRecentInput) { window.__layoutShift += entry.value; } }
        }).observe({ type: 'layout-shift', buffered: true });
        """;

    [Fact]
    public async Task EveryTemplate_OnAPhone_ShiftsLessThanTheLighthouseThreshold()
    {
        var context = await site.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2 });
        await context.AddInitScriptAsync(RecordShifts);
        // As on a slow phone network, the script arrives well after the first paint: a shift it causes is then seen.
        await context.RouteAsync("**/*.js*", async route =>
        {
            await Task.Delay(400);
            await route.ContinueAsync();
        });
        var page = await context.NewPageAsync();
        var shifts = new Dictionary<string, double>();
        foreach (var path in site.TemplatePages())
        {
            await page.GotoAsync(site.Url(path), new() { WaitUntil = WaitUntilState.Load });
            // The menu button appears when GOV.UK Frontend has initialised: the moment the shift used to happen.
            await page.WaitForSelectorAsync(".govuk-service-navigation__toggle:not([hidden])");
            await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            shifts[path] = await page.EvaluateAsync<double>("window.__layoutShift");
        }

        Assert.All(shifts, s => Assert.True(s.Value < 0.05, $"{s.Key} shifted by {s.Value:0.000}"));
        site.Csp.AssertNone();
    }
}
