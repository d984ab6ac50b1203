namespace Transparency.Web.Site.Charts;

/// <summary>
/// The size and type of one drawing of a chart. Each chart is drawn twice, wide for desktops and narrow for phones,
/// and the stylesheet shows one: a single drawing scaled down to a 320 px screen has text too small to read.
/// The left margin and the height below the plot follow from what is drawn there (see <see cref="SvgCharts"/>).
/// </summary>
public sealed record ChartFrame(string Suffix, string Class, int Width, int PlotHeight, int Right, int Top, double FontSize)
{
    public static ChartFrame Wide { get; } = new(string.Empty, "app-chart app-chart--wide", 640, 220, 16, 16, 13);

    /// <summary>About as wide as a 320 px screen leaves for content, so text shows at nearly its drawn size.</summary>
    public static ChartFrame Narrow { get; } = new("-narrow", "app-chart app-chart--narrow", 300, 170, 8, 14, 12);

    public static IReadOnlyList<ChartFrame> Both { get; } = [Wide, Narrow];

    public double LineHeight => FontSize + 4;

    /// <summary>
    /// A generous estimate of the width of <paramref name="text"/> at <paramref name="size"/> in the site's system
    /// font, so labels judged to fit do fit.
    /// </summary>
    public static double TextWidth(string text, double size) => text.Length * size * 0.62;
}
