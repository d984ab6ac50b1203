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
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public PageRenderer(ILoggerFactory loggerFactory)
    {
        // The default encoder writes £ and ’ as character references; pages are UTF-8, so only markup characters need escaping.
        _services = new ServiceCollection()
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, loggerFactory);
    }

    /// <summary>Renders the page straight into its file, so no page is ever held whole as a string.</summary>
    public Task RenderToAsync(SitePage page, SiteContext site, SiteOutput output, string relativePath) => _renderer.Dispatcher.InvokeAsync(async () =>
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

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
