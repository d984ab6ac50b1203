using System.Globalization;
using System.Text;
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
    /// disposed; over a national build that held gigabytes. So it is replaced after this many pages: few enough that
    /// those pages' components die young, before the collector promotes them to the generation only full collections
    /// clear (at 200 a national build ran 62 full collections).
    /// </summary>
    private const int PagesPerRenderer = 16;

    private readonly ServiceProvider _services;
    private readonly ILoggerFactory _loggerFactory;

    /// <summary>
    /// One page's HTML, reused for every page this worker renders, then encoded into <see cref="_bytes"/>, also reused:
    /// a new 64 KiB stream buffer per page went to the large object heap and brought on full collections.
    /// </summary>
    private readonly StringBuilder _html = new(1 << 17);
    private readonly StringWriter _htmlWriter;
    private readonly Encoder _encoder = SiteOutput.Utf8.GetEncoder();
    private byte[] _bytes = new byte[1 << 18];
    private HtmlRenderer _renderer;
    private int _rendered;

    public PageRenderer(ILoggerFactory loggerFactory)
    {
        // The default encoder writes £ and ’ as character references; pages are UTF-8, so only markup characters need escaping.
        _services = new ServiceCollection()
            .AddSingleton(Pages.TableMarkup.Encoder)
            .AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        _loggerFactory = loggerFactory;
        _htmlWriter = new StringWriter(_html, CultureInfo.InvariantCulture);
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
            _html.Clear();
            html.WriteHtmlTo(_htmlWriter);
        });
        var length = Encode(); // before reading _bytes, which encoding may replace with a larger array
        output.Write(relativePath, _bytes.AsSpan(0, length));
    }

    /// <summary>UTF-8 of the page into <see cref="_bytes"/>, chunk by chunk (the encoder keeps a surrogate pair split between chunks whole).</summary>
    private int Encode()
    {
        var length = 0;
        foreach (var chunk in _html.GetChunks())
        {
            var needed = length + SiteOutput.Utf8.GetMaxByteCount(chunk.Length);
            if (needed > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(needed, _bytes.Length * 2));
            }

            length += _encoder.GetBytes(chunk.Span, _bytes.AsSpan(length), flush: false);
        }

        return length + _encoder.GetBytes([], _bytes.AsSpan(length), flush: true);
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
        await _htmlWriter.DisposeAsync();
    }
}
