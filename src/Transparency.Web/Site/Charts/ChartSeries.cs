namespace Transparency.Web.Site.Charts;

/// <summary>A line on a chart. Lines differ by dash pattern and marker as well as colour, so colour is never the only signal.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, bool Dashed, bool Markers);
