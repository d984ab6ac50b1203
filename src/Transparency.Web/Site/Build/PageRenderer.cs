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

    public Task<string> RenderAsync(SitePage page, SiteContext site) => _renderer.Dispatcher.InvokeAsync(async () =>
    {
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            ["Meta"] = page.Meta,
            ["Site"] = site,
            ["Model"] = page.Model,
        });
        var output = await _renderer.RenderComponentAsync(page.Component, parameters);
        return output.ToHtmlString();
    });

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
