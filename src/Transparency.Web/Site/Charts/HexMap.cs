using System.Globalization;
using System.Net;
using System.Text;

namespace Transparency.Web.Site.Charts;

/// <summary>
/// A hex map of England's nine regions, and of Wales, Scotland and Northern Ireland when they have tiles: one equal
/// hexagon per area placed roughly where it lies, so London counts as much as the South West. Each tile writes its
/// label and figures, so nothing depends on the shade; a title and description serve screen readers, and pages put
/// the same figures in a table below. Drawn in a viewBox so it scales to the width of a phone.
/// </summary>
public static class HexMap
{
    private const double Radius = 62;
    private const string Ink = "#0b0c0c";
    private static readonly double HexWidth = Math.Sqrt(3) * Radius;

    /// <summary>Light to dark GOV.UK blues, with the text colour that keeps 4.5:1 contrast on each.</summary>
    private static readonly (string Fill, string Text)[] Shades = [("#d2e2f1", Ink), ("#8eb8dc", Ink), ("#1d70b8", "#ffffff"), ("#003078", "#ffffff")];

    /// <summary>Where each area sits, in columns (half steps between rows) and rows.</summary>
    private static readonly Dictionary<string, (double Column, int Row)> Positions = new(StringComparer.Ordinal)
    {
        ["S92000003"] = (1.5, 0),
        ["N92000002"] = (0, 1),
        ["E12000002"] = (1, 1),
        ["E12000001"] = (2, 1),
        ["W92000004"] = (0.5, 2),
        ["E12000003"] = (1.5, 2),
        ["E12000005"] = (1, 3),
        ["E12000004"] = (2, 3),
        ["E12000006"] = (3, 3),
        ["E12000009"] = (0.5, 4),
        ["E12000008"] = (1.5, 4),
        ["E12000007"] = (2.5, 4),
    };

    public static bool Places(string areaCode) => Positions.ContainsKey(areaCode);

    public static string Draw(string id, string title, string description, IReadOnlyList<HexTile> tiles, IReadOnlyList<string> legend)
    {
        var placed = tiles.Where(t => Positions.ContainsKey(t.AreaCode)).ToList();
        if (placed.Count == 0)
        {
            return string.Empty;
        }

        var firstRow = placed.Min(t => Positions[t.AreaCode].Row);
        var lastRow = placed.Max(t => Positions[t.AreaCode].Row);
        var firstColumn = placed.Min(t => Positions[t.AreaCode].Column);
        var lastColumn = placed.Max(t => Positions[t.AreaCode].Column);
        var width = (lastColumn - firstColumn + 1) * HexWidth + 8;
        var legendHeight = 26 * legend.Count + 8;
        var mapHeight = (lastRow - firstRow) * Radius * 1.5 + 2 * Radius + 8;
        var height = mapHeight + legendHeight;
        var svg = new StringBuilder(4096);
        svg.Append(Inv($"<svg class=\"app-chart app-hex-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width:0.#} {height:0.#}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">"));
        svg.Append(Inv($"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>"));
        foreach (var tile in placed.OrderBy(t => t.AreaCode, StringComparer.Ordinal))
        {
            var (column, row) = Positions[tile.AreaCode];
            var cx = 4 + (column - firstColumn + 0.5) * HexWidth;
            var cy = 4 + Radius + (row - firstRow) * Radius * 1.5;
            var (fill, text) = tile.Shade is { } shade ? Shades[Math.Clamp(shade, 0, Shades.Length - 1)] : ("#f3f2f1", Ink);
            svg.Append(Inv($"<polygon points=\"{Corners(cx, cy)}\" fill=\"{fill}\" stroke=\"#ffffff\" stroke-width=\"3\"/>"));
            svg.Append(Inv($"<text x=\"{cx:0.#}\" y=\"{cy - 14:0.#}\" font-size=\"16\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{text}\">{Encode(tile.Label)}</text>"));
            svg.Append(Inv($"<text x=\"{cx:0.#}\" y=\"{cy + 6:0.#}\" font-size=\"14\" text-anchor=\"middle\" fill=\"{text}\">{Encode(tile.Line1)}</text>"));
            svg.Append(Inv($"<text x=\"{cx:0.#}\" y=\"{cy + 24:0.#}\" font-size=\"14\" text-anchor=\"middle\" fill=\"{text}\">{Encode(tile.Line2)}</text>"));
        }

        for (var i = 0; i < legend.Count; i++)
        {
            var y = mapHeight + 4 + 26 * i;
            var (fill, _) = i < Shades.Length ? Shades[i] : ("#f3f2f1", Ink);
            svg.Append(Inv($"<rect x=\"4\" y=\"{y:0.#}\" width=\"20\" height=\"20\" fill=\"{fill}\" stroke=\"{Ink}\" stroke-width=\"1\"/>"));
            svg.Append(Inv($"<text x=\"32\" y=\"{y + 15:0.#}\" font-size=\"14\" fill=\"{Ink}\">{Encode(legend[i])}</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A pointy-topped hexagon's six corners.</summary>
    private static string Corners(double cx, double cy) => string.Join(' ', Enumerable.Range(0, 6).Select(i =>
    {
        var angle = Math.PI / 180 * (60 * i - 30);
        return Inv($"{cx + Radius * Math.Cos(angle):0.#},{cy + Radius * Math.Sin(angle):0.#}");
    }));

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
