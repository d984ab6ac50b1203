using System.Globalization;
using System.Net;
using System.Text;

namespace Transparency.Web.Site.Charts;

/// <summary>
/// Horizontal bars of percentage shares, one row per label with the label and the share written beside the bar,
/// so long names fit and nothing depends on colour. A title and description serve screen readers.
/// </summary>
public static class ShareBars
{
    private const int Width = 640;
    private const int Row = 28;
    private const int LabelWidth = 300;
    private const int Right = 64;

    public static string Draw(string id, string title, string description, IReadOnlyList<(string Label, double Percent)> bars)
    {
        if (bars.Count == 0)
        {
            return string.Empty;
        }

        var height = bars.Count * Row + 8;
        var svg = new StringBuilder(2048);
        svg.Append(Inv($"<svg class=\"app-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">"));
        svg.Append(Inv($"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>"));
        var scale = (Width - LabelWidth - Right) / Math.Max(1, bars.Max(b => b.Percent));
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, percent) = bars[i];
            var y = 4 + i * Row;
            var shown = label.Length > 40 ? label[..39] + "…" : label;
            svg.Append(Inv($"<text x=\"{LabelWidth - 8}\" y=\"{y + 18}\" font-size=\"13\" text-anchor=\"end\" fill=\"#0b0c0c\">{Encode(shown)}</text>"));
            svg.Append(Inv($"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{Math.Max(1, percent * scale):0.#}\" height=\"{Row - 8}\" fill=\"#1d70b8\"/>"));
            svg.Append(Inv($"<text x=\"{LabelWidth + Math.Max(1, percent * scale) + 6:0.#}\" y=\"{y + 18}\" font-size=\"13\" fill=\"#0b0c0c\">{percent:0.0}%</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
