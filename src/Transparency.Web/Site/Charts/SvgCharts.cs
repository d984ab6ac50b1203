using System.Globalization;
using System.Net;
using System.Text;
using Transparency.Web.Domain;

namespace Transparency.Web.Site.Charts;

/// <summary>
/// Inline SVG charts drawn by the builder: no JavaScript, readable when printed, each with a title and a description
/// for screen readers. Each is drawn wide and narrow (<see cref="ChartFrame"/>) on nice axis ticks (<see cref="NiceAxis"/>)
/// with quarter labels that cannot overlap (<see cref="QuarterAxis"/>). Pages show the same figures in a table below.
/// </summary>
public static class SvgCharts
{
    private const string Ink = "#0b0c0c";
    private const string Grid = "#b1b4b6";
    private static readonly string[] Colours = ["#1d70b8", "#505a5f", "#4c2c92"];

    /// <summary>Money axis labels: £0, £500k, £2m, £1.5bn.</summary>
    public static string PoundsAxis(double pounds) => (pounds < 0 ? "-£" : "£") + Math.Abs(pounds) switch
    {
        >= 1_000_000_000 => Inv(Math.Abs(pounds) / 1_000_000_000) + "bn",
        >= 1_000_000 => Inv(Math.Abs(pounds) / 1_000_000) + "m",
        >= 1_000 => Inv(Math.Abs(pounds) / 1_000) + "k",
        _ => Inv(Math.Abs(pounds)),
    };

    /// <summary>Vertical bars, one per quarter, with the value written above each bar where it fits.</summary>
    public static string Bars(string id, string title, string description, IReadOnlyList<Quarter> quarters, IReadOnlyList<(double Value, string Text)> bars,
        Func<double, string>? axisFormat = null)
    {
        var ticks = NiceAxis.Ticks(Math.Min(0, bars.Count == 0 ? 0 : bars.Min(b => b.Value)), Math.Max(0, bars.Count == 0 ? 1 : bars.Max(b => b.Value)));
        var svg = new StringBuilder(8192);
        foreach (var frame in ChartFrame.Both)
        {
            var plot = Plot.For(frame, ticks, axisFormat ?? PoundsAxis, quarters.Count);
            var height = plot.Bottom + 2 * frame.LineHeight + 8;
            Open(svg, frame, id, title, description, height);
            Axes(svg, frame, plot, ticks, axisFormat ?? PoundsAxis, quarters);
            var zero = plot.Y(0);
            for (var i = 0; i < bars.Count; i++)
            {
                var (value, text) = bars[i];
                var x = plot.Left + i * plot.Slot + plot.Slot * 0.15;
                var y = plot.Y(value);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{Math.Min(y, zero):0.#}\" width=\"{plot.Slot * 0.7:0.#}\" height=\"{Math.Abs(zero - y):0.#}\" fill=\"{Colours[0]}\"/>");
                if (ChartFrame.TextWidth(text, frame.FontSize - 2) <= plot.Slot - 2)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + plot.Slot * 0.35:0.#}\" y=\"{Math.Min(y, zero) - 4:0.#}\" font-size=\"{frame.FontSize - 2}\" text-anchor=\"middle\" fill=\"{Ink}\">{Encode(text)}</text>");
                }
            }

            svg.Append("</svg>");
        }

        return svg.ToString();
    }

    /// <summary>Lines over quarters with a legend; optional notes under each quarter (for example sample sizes) where they fit.</summary>
    public static string Lines(string id, string title, string description, IReadOnlyList<Quarter> quarters, IReadOnlyList<ChartSeries> series,
        Func<double, string> axisFormat, IReadOnlyList<string>? notes = null)
    {
        var values = series.SelectMany(s => s.Values).Where(v => v.HasValue).Select(v => v!.Value).ToList();
        var ticks = NiceAxis.Ticks(values.Count == 0 ? 0 : values.Min(), values.Count == 0 ? 1 : values.Max());
        var svg = new StringBuilder(8192);
        foreach (var frame in ChartFrame.Both)
        {
            var plot = Plot.For(frame, ticks, axisFormat, quarters.Count);
            var showNotes = notes is not null && notes.All(n => ChartFrame.TextWidth(n, frame.FontSize - 2) <= plot.Slot - 4);
            var legendTop = plot.Bottom + ((showNotes ? 3 : 2) + 1) * frame.LineHeight + 4;
            var legend = Legend(frame, series);
            Open(svg, frame, id, title, description, legendTop + legend.Rows * frame.LineHeight + 6);
            Axes(svg, frame, plot, ticks, axisFormat, quarters);
            if (showNotes)
            {
                for (var i = 0; i < quarters.Count; i++)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{plot.X(i):0.#}\" y=\"{plot.Bottom + 3 * frame.LineHeight:0.#}\" font-size=\"{frame.FontSize - 2}\" text-anchor=\"middle\" fill=\"{Ink}\">{Encode(notes![i])}</text>");
                }
            }

            for (var s = 0; s < series.Count; s++)
            {
                Line(svg, plot, series[s], Colours[s % Colours.Length]);
                var (x, row) = legend.Places[s];
                var y = legendTop + row * frame.LineHeight;
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"{y - 4:0.#}\" x2=\"{x + 28:0.#}\" y2=\"{y - 4:0.#}\" stroke=\"{Colours[s % Colours.Length]}\" stroke-width=\"3\"{series[s].DashAttribute}/>");
                if (series[s].Markers)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x + 14:0.#}\" cy=\"{y - 4:0.#}\" r=\"4.5\" fill=\"{Colours[s % Colours.Length]}\"/>");
                }

                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 34:0.#}\" y=\"{y:0.#}\" font-size=\"{frame.FontSize}\" fill=\"{Ink}\">{Encode(series[s].Name)}</text>");
            }

            svg.Append("</svg>");
        }

        return svg.ToString();
    }

    private static void Line(StringBuilder svg, Plot plot, ChartSeries line, string colour)
    {
        var points = line.Values.Select((v, i) => (v, i)).Where(p => p.v.HasValue).ToList();
        if (points.Count > 1)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"3\"{line.DashAttribute} points=\"");
            svg.AppendJoin(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{plot.X(p.i):0.#},{plot.Y(p.v!.Value):0.#}")));
            svg.Append("\"/>");
        }

        if (line.Markers || points.Count == 1)
        {
            foreach (var (v, i) in points)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{plot.X(i):0.#}\" cy=\"{plot.Y(v!.Value):0.#}\" r=\"4.5\" fill=\"{colour}\"/>");
            }
        }
    }

    /// <summary>Legend entries flowed left to right, onto a new row when the next would not fit.</summary>
    private static (IReadOnlyList<(double X, int Row)> Places, int Rows) Legend(ChartFrame frame, IReadOnlyList<ChartSeries> series)
    {
        var places = new List<(double, int)>();
        var (x, row) = (8.0, 0);
        foreach (var line in series)
        {
            var width = 34 + ChartFrame.TextWidth(line.Name, frame.FontSize) + 16;
            if (x > 8 && x + width > frame.Width)
            {
                (x, row) = (8, row + 1);
            }

            places.Add((x, row));
            x += width;
        }

        return (places, row + 1);
    }

    private static void Open(StringBuilder svg, ChartFrame frame, string id, string title, string description, double height)
    {
        var key = id + frame.Suffix;
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"{frame.Class}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {frame.Width} {height:0}\" width=\"{frame.Width}\" height=\"{height:0}\" role=\"img\" aria-labelledby=\"{key}-title {key}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{key}-title\">{Encode(title)}</title><desc id=\"{key}-desc\">{Encode(description)}</desc>");
    }

    private static void Axes(StringBuilder svg, ChartFrame frame, Plot plot, IReadOnlyList<double> ticks, Func<double, string> format, IReadOnlyList<Quarter> quarters)
    {
        foreach (var tick in ticks)
        {
            var y = plot.Y(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{plot.Left:0.#}\" y1=\"{y:0.#}\" x2=\"{frame.Width - frame.Right}\" y2=\"{y:0.#}\" stroke=\"{Grid}\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{plot.Left - 6:0.#}\" y=\"{y + 4:0.#}\" font-size=\"{frame.FontSize}\" text-anchor=\"end\" fill=\"{Ink}\">{Encode(format(tick))}</text>");
        }

        foreach (var start in QuarterAxis.YearStarts(quarters))
        {
            var x = plot.Left + start * plot.Slot;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"{plot.Bottom:0.#}\" x2=\"{x:0.#}\" y2=\"{plot.Bottom + 2 * frame.LineHeight + 2:0.#}\" stroke=\"{Grid}\" stroke-width=\"1\"/>");
        }

        foreach (var label in QuarterAxis.Layout(quarters, plot.Left, plot.Slot, frame.FontSize))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{label.X:0.#}\" y=\"{plot.Bottom + label.Line * frame.LineHeight:0.#}\" font-size=\"{frame.FontSize}\" text-anchor=\"middle\" fill=\"{Ink}\">{Encode(label.Text)}</text>");
        }
    }

    private static string Inv(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Where the plot sits in a frame: its left edge makes room for the widest tick label.</summary>
    private sealed record Plot(double Left, double Top, double Bottom, double Slot, double Min, double Max)
    {
        public static Plot For(ChartFrame frame, IReadOnlyList<double> ticks, Func<double, string> format, int slots)
        {
            var left = Math.Ceiling(Math.Max(32, ticks.Max(t => ChartFrame.TextWidth(format(t), frame.FontSize)) + 12));
            return new Plot(left, frame.Top, frame.Top + frame.PlotHeight, (frame.Width - frame.Right - left) / Math.Max(1, slots), ticks[0], ticks[^1]);
        }

        public double X(int slot) => Left + Slot * (slot + 0.5);

        public double Y(double value) => Top + (Bottom - Top) * (1 - (value - Min) / (Max - Min));
    }
}
