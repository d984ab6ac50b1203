using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Renders page components to HTML with the first-party <see cref="HtmlRenderer"/>. A renderer runs one
/// render at a time on its dispatcher, so each build worker owns one.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    /// <summary>
    /// An HtmlRenderer keeps every root component it has rendered, with its parameters (the page model), until it is
    /// disposed; over a national build that held gigabytes. So it is replaced after this many pages.
    /// </summary>
    private const int PagesPerRenderer = 200;

    private readonly ServiceProvider _services;
    private readonly ILoggerFactory _loggerFactory;
    private HtmlRenderer _renderer;
    private int _rendered;

    public PageRenderer(ILoggerFactory loggerFactory)
    {
        // The default encoder writes £ and ’ as character references; pages are UTF-8, so only markup characters need escaping.
        _services = new ServiceCollection()
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        _loggerFactory = loggerFactory;
        _renderer = new HtmlRenderer(_services, loggerFactory);
    }

    /// <summary>Renders the page straight into its file, so no page is ever held whole as a string.</summary>
    public async Task RenderToAsync(SitePage page, SiteContext site, SiteOutput output, string relativePath)
    {
        if (++_rendered > PagesPerRenderer)
        {
            await _renderer.DisposeAsync();
            _renderer = new HtmlRenderer(_services, _loggerFactory);
            _rendered = 1;
        }

        await _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                ["Meta"] = page.Meta,
                ["Site"] = site,
                ["Model"] = page.Model,
            });
            var html = await _renderer.RenderComponentAsync(page.Component, parameters);
            using var writer = output.CreateText(relativePath);
            html.WriteHtmlTo(writer);
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
