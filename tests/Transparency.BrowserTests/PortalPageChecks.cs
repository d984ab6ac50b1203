using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Transparency.BrowserTests;

/// <summary>
/// What a journey checks on every portal page it reaches: axe (WCAG 2.2 A and AA plus best practice), reflow at a
/// 320 px window (WCAG 1.4.10: nothing but a table's or code block's own scrolling region may be wider), a full-page
/// screenshot, and the HTML exactly as served, kept as an artefact for one Nu HTML Checker run at the end.
/// </summary>
public sealed class PortalPageChecks(IPage page)
{
    public static AxeRunOptions Wcag { get; } = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    private static readonly string HtmlFolder = Path.Combine(Path.GetDirectoryName(BuiltSite.Screenshots)!, "portal-html");

    private readonly List<string> _problems = [];
    private readonly List<string> _files = [];

    /// <summary>Runs the action (a click or a submit), waits for the page it leads to, then checks that page.</summary>
    public async Task AfterAsync(string step, Func<Task> action, int status = 200)
    {
        // The page being left is marked, so the wait below can tell the new document from it even at the same address.
        await page.EvaluateAsync("() => { window.transparencyPageLeft = true; }");
        var response = await page.RunAndWaitForResponseAsync(action, r => r.Request.IsNavigationRequest && r.Request.Frame == page.MainFrame && r.Status is not (301 or 302 or 303));
        try
        {
            // Asked of the document itself rather than through WaitForLoadStateAsync(Load): on a loaded machine that
            // wait sometimes never returned (1 run in 3 under load) although the new document's readyState was already
            // "complete", which the timeout's message below showed.
            await page.WaitForFunctionAsync("() => !window.transparencyPageLeft && document.readyState === 'complete'", null, new() { PollingInterval = 100 });
        }
        catch (Exception waiting) when (waiting is System.TimeoutException or PlaywrightException)
        {
            throw new System.TimeoutException($"{step}: the page after {response.Url} ({response.Status}) did not finish loading; {await StateAsync()}", waiting);
        }

        await CheckAsync(step, response, status);
    }

    private async Task<string> StateAsync()
    {
        try
        {
            var state = await page.EvaluateAsync<string>("() => document.readyState + ' at ' + location.href");
            var body = await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 });
            return $"document {state}; body starts: {body[..Math.Min(body.Length, 200)]}";
        }
        catch (PlaywrightException error)
        {
            return "the page could not be read: " + error.Message;
        }
    }

    public async Task GotoAsync(string step, string url, int status = 200) => await CheckAsync(step, (await page.GotoAsync(url))!, status);

    /// <summary>Every axe violation and the Nu HTML Checker's errors over every page checked so far.</summary>
    public async Task AssertAccessibleAndValidAsync()
    {
        Assert.True(_problems.Count == 0, string.Join(Environment.NewLine, _problems));
        await NuHtmlChecker.AssertNoErrorsAsync(_files);
    }

    private async Task CheckAsync(string step, IResponse response, int status)
    {
        Assert.True(response.Status == status, $"{step}: {response.Url} answered {response.Status}, not {status}.");
        Directory.CreateDirectory(HtmlFolder);
        var file = Path.Combine(HtmlFolder, step + ".html");
        await File.WriteAllTextAsync(file, await response.TextAsync());
        _files.Add(file);
        var results = await page.RunAxe(Wcag);
        _problems.AddRange(results.Violations.Select(v => $"{step} ({page.Url}): {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
        await CheckReflowAsync(step);
        await Screenshot(page, step);
    }

    /// <summary>The page at a 320 px window scrolls only downwards; the window is put back afterwards for the journey's next step.</summary>
    private async Task CheckReflowAsync(string step)
    {
        var size = page.ViewportSize;
        await page.SetViewportSizeAsync(320, 640);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (width > 320)
        {
            var widest = await page.EvaluateAsync<string>("""
                () => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > 321)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : ''))
                    .slice(0, 3).join(', ')
                """);
            _problems.Add($"{step} ({page.Url}): {width} px wide at a 320 px window (WCAG 1.4.10 reflow); too wide: {widest}");
        }

        await Screenshot(page, step + "-320");
        if (size is not null)
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
        }
    }

    public static async Task Screenshot(IPage page, string step) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Screenshots, "portal-" + step + ".png"), FullPage = true });
}
