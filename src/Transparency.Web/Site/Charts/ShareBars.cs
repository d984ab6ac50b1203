using System.Globalization;
using System.Net;
using System.Text;

namespace Transparency.Web.Site.Charts;

/// <summary>
/// Horizontal bars of percentage shares, one row per label with the label and the share written beside the bar,
/// so long names fit and nothing depends on colour. A title and description serve screen readers. Drawn twice,
/// like the other charts (<see cref="ChartFrame"/>): wide with the label to the left of its bar, and narrow for
/// phones with the label on a line of its own above the bar, so neither is squeezed to unreadable text.
/// </summary>
public static class ShareBars
{
    private const int Row = 28;
    private const int WideLabelWidth = 300;
    private const int ShareWidth = 64;
    private const string Ink = "#0b0c0c";
    private const string Bar = "#1d70b8";

    public static string Draw(string id, string title, string description, IReadOnlyList<(string Label, double Percent)> bars)
    {
        if (bars.Count == 0)
        {
            return string.Empty;
        }

        var svg = new StringBuilder(4096);
        var largest = Math.Max(1, bars.Max(b => b.Percent));
        DrawWide(svg, id, title, description, bars, largest);
        DrawNarrow(svg, id, title, description, bars, largest);
        return svg.ToString();
    }

    private static void DrawWide(StringBuilder svg, string id, string title, string description, IReadOnlyList<(string Label, double Percent)> bars, double largest)
    {
        var frame = ChartFrame.Wide;
        Open(svg, frame, id, title, description, bars.Count * Row + 8);
        var scale = (frame.Width - WideLabelWidth - ShareWidth) / largest;
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, percent) = bars[i];
            var y = 4 + i * Row;
            svg.Append(Inv($"<text x=\"{WideLabelWidth - 8}\" y=\"{y + 18}\" font-size=\"{frame.FontSize}\" text-anchor=\"end\" fill=\"{Ink}\">{Encode(Shorten(label, 40))}</text>"));
            BarWithShare(svg, frame, WideLabelWidth, y + 4, percent, scale);
        }

        svg.Append("</svg>");
    }

    private static void DrawNarrow(StringBuilder svg, string id, string title, string description, IReadOnlyList<(string Label, double Percent)> bars, double largest)
    {
        var frame = ChartFrame.Narrow;
        var rowHeight = frame.LineHeight + Row;
        Open(svg, frame, id, title, description, bars.Count * rowHeight + 4);
        var scale = (frame.Width - ShareWidth) / largest;
        var characters = (int)(frame.Width / (frame.FontSize * 0.62));
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, percent) = bars[i];
            var y = 2 + i * rowHeight;
            svg.Append(Inv($"<text x=\"0\" y=\"{y + frame.FontSize:0.#}\" font-size=\"{frame.FontSize}\" fill=\"{Ink}\">{Encode(Shorten(label, characters))}</text>"));
            BarWithShare(svg, frame, 0, y + frame.LineHeight + 2, percent, scale);
        }

        svg.Append("</svg>");
    }

    private static void BarWithShare(StringBuilder svg, ChartFrame frame, double left, double top, double percent, double scale)
    {
        var length = Math.Max(1, percent * scale);
        svg.Append(Inv($"<rect x=\"{left:0.#}\" y=\"{top:0.#}\" width=\"{length:0.#}\" height=\"{Row - 8}\" fill=\"{Bar}\"/>"));
        svg.Append(Inv($"<text x=\"{left + length + 6:0.#}\" y=\"{top + 14:0.#}\" font-size=\"{frame.FontSize}\" fill=\"{Ink}\">{percent:0.0}%</text>"));
    }

    private static void Open(StringBuilder svg, ChartFrame frame, string id, string title, string description, double height)
    {
        var key = id + frame.Suffix;
        svg.Append(Inv($"<svg class=\"{frame.Class}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {frame.Width} {height:0}\" width=\"{frame.Width}\" height=\"{height:0}\" role=\"img\" aria-labelledby=\"{key}-title {key}-desc\">"));
        svg.Append(Inv($"<title id=\"{key}-title\">{Encode(title)}</title><desc id=\"{key}-desc\">{Encode(description)}</desc>"));
    }

    private static string Shorten(string label, int characters) => label.Length > characters ? label[..(characters - 1)] + "…" : label;

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
