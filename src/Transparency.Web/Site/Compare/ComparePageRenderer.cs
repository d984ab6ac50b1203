using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Demo;
using Transparency.Web.Feeds;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Markdown;
using Transparency.Web.Site.Model;
using Transparency.Web.Site.Pages;

namespace Transparency.Web.Site.Compare;

/// <summary>
/// Renders a page the portal answers itself with the built pages' layout, encoders and footer, so it looks and
/// behaves like the rest of the site. Each request gets its own <see cref="HtmlRenderer"/> (which keeps every
/// component it rendered until disposed); the content pages the footer lists are read once.
/// </summary>
public sealed class ComparePageRenderer(PortalPaths paths, IOptions<SiteOptions> options, IOptions<FeedsOptions> feeds, ILoggerFactory loggers) : IAsyncDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSingleton(TableMarkup.Encoder)
        .AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    private readonly Lazy<Task<IReadOnlyList<MarkdownPage>>> _content = new(async () => RenderMarkdown.Run(await ReadContent.RunAsync(paths.ContentFolder, CancellationToken.None)));

    public async Task<SiteContext> ContextAsync(TransparencyDbContext db, DateTime asOf, CancellationToken cancellationToken)
    {
        var demo = await db.Settings.AnyAsync(s => s.Key == DemoMarker.SettingKey, cancellationToken) ? DemoMarker.Notice : null;
        return new SiteContext(options.Value.BaseUrl, demo, await _content.Value, asOf, feeds.Value.LicenceUrl.AbsoluteUri);
    }

    public async Task<string> RenderAsync(SitePage page, SiteContext site)
    {
        await using var renderer = new HtmlRenderer(_services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Meta"] = page.Meta, ["Site"] = site, ["Model"] = page.Model });
            return (await renderer.RenderComponentAsync(page.Component, parameters)).ToHtmlString();
        });
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
