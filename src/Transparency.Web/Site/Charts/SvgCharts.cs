using System.Globalization;
using System.Net;
using System.Text;

namespace Transparency.Web.Site.Charts;

/// <summary>
/// Inline SVG charts drawn by the builder: no JavaScript, readable when printed, each with a title and a
/// description for screen readers. Pages always show the same figures in a table beside the chart.
/// </summary>
public static class SvgCharts
{
    private const int Width = 640;
    private const int Height = 300;
    private const int Left = 72;
    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 64;
    private const string Ink = "#0b0c0c";
    private const string Grid = "#b1b4b6";
    private static readonly string[] Colours = ["#1d70b8", "#505a5f", "#d4351c"];

    /// <summary>Vertical bars, one per label, with the value written above each bar.</summary>
    public static string Bars(string id, string title, string description, IReadOnlyList<(string Label, double Value, string Text)> bars,
        Func<double, string>? axisFormat = null)
    {
        var svg = Open(id, title, description);
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var min = Math.Min(0, bars.Count == 0 ? 0 : bars.Min(b => b.Value));
        var slot = (Width - Left - Right) / (double)Math.Max(1, bars.Count);
        Axis(svg, min, max, axisFormat ?? (v => (v < 0 ? "-£" : "£") + Short(Math.Abs(v))));
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, text) = bars[i];
            var x = Left + i * slot + slot * 0.15;
            var y0 = Y(0, min, max);
            var y = Y(value, min, max);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{Math.Min(y, y0):0.#}\" width=\"{slot * 0.7:0.#}\" height=\"{Math.Abs(y0 - y):0.#}\" fill=\"{Colours[0]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + slot * 0.35:0.#}\" y=\"{Math.Min(y, y0) - 4:0.#}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{Ink}\">{Encode(text)}</text>");
            XLabel(svg, x + slot * 0.35, label, null);
        }

        return Close(svg);
    }

    /// <summary>Lines over time with a legend; optional notes under each label (for example sample sizes).</summary>
    public static string Lines(string id, string title, string description, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series,
        Func<double, string> format, IReadOnlyList<string>? notes = null)
    {
        var svg = Open(id, title, description);
        var values = series.SelectMany(s => s.Values).Where(v => v.HasValue).Select(v => v!.Value).ToList();
        var max = values.Count == 0 ? 1 : values.Max();
        var min = values.Count == 0 ? 0 : values.Min();
        var pad = Math.Max((max - min) * 0.15, Math.Abs(max) * 0.05 + 0.5);
        (min, max) = (Math.Max(0, min - pad), max + pad);
        Axis(svg, min, max, format);
        var slot = (Width - Left - Right) / (double)Math.Max(1, labels.Count);
        double X(int i) => Left + slot * (i + 0.5);
        for (var i = 0; i < labels.Count; i++)
        {
            XLabel(svg, X(i), labels[i], notes?[i]);
        }

        for (var s = 0; s < series.Count; s++)
        {
            var line = series[s];
            var colour = Colours[s % Colours.Length];
            var points = line.Values.Select((v, i) => (v, i)).Where(p => p.v.HasValue)
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.i):0.#},{Y(p.v!.Value, min, max):0.#}")).ToList();
            if (points.Count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"3\"{(line.Dashed ? " stroke-dasharray=\"8 6\"" : string.Empty)} points=\"{string.Join(' ', points)}\"/>");
            }

            if (line.Markers || points.Count == 1)
            {
                foreach (var (v, i) in line.Values.Select((v, i) => (v, i)).Where(p => p.v.HasValue))
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(i):0.#}\" cy=\"{Y(v!.Value, min, max):0.#}\" r=\"4.5\" fill=\"{colour}\"/>");
                }
            }

            var legendX = Left + s * 200;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{legendX}\" y1=\"{Height - 10}\" x2=\"{legendX + 28}\" y2=\"{Height - 10}\" stroke=\"{colour}\" stroke-width=\"3\"{(line.Dashed ? " stroke-dasharray=\"8 6\"" : string.Empty)}/>");
            if (line.Markers)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{legendX + 14}\" cy=\"{Height - 10}\" r=\"4.5\" fill=\"{colour}\"/>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{legendX + 34}\" y=\"{Height - 6}\" font-size=\"13\" fill=\"{Ink}\">{Encode(line.Name)}</text>");
        }

        return Close(svg);
    }

    private static StringBuilder Open(string id, string title, string description)
    {
        var svg = new StringBuilder(4096);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"app-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>");
        return svg;
    }

    private static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static void Axis(StringBuilder svg, double min, double max, Func<double, string> format)
    {
        for (var step = 0; step <= 4; step++)
        {
            var value = min + (max - min) * step / 4;
            var y = Y(value, min, max);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"{Grid}\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" font-size=\"12\" text-anchor=\"end\" fill=\"{Ink}\">{Encode(format(value))}</text>");
        }
    }

    private static void XLabel(StringBuilder svg, double x, string label, string? note)
    {
        var baseline = Height - Bottom + 18;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{baseline}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{Ink}\">{Encode(label)}</text>");
        if (note is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{baseline + 14}\" font-size=\"10\" text-anchor=\"middle\" fill=\"{Ink}\">{Encode(note)}</text>");
        }
    }

    private static double Y(double value, double min, double max) =>
        Top + (Height - Top - Bottom) * (1 - (value - min) / (max - min == 0 ? 1 : max - min));

    private static string Short(double pounds) => Math.Abs(pounds) switch
    {
        >= 1_000_000_000 => (pounds / 1_000_000_000).ToString("0.#", CultureInfo.InvariantCulture) + "bn",
        >= 1_000_000 => (pounds / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + "m",
        >= 1_000 => (pounds / 1_000).ToString("0", CultureInfo.InvariantCulture) + "k",
        _ => pounds.ToString("0", CultureInfo.InvariantCulture),
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
