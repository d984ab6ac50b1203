namespace Transparency.Web.Site.Charts;

/// <summary>One hexagon of a <see cref="HexMap"/>: the area's short label, up to two lines of figures, and its shade (0 to 3, or null for no data).</summary>
public sealed record HexTile(string AreaCode, string Label, string Line1, string Line2, int? Shade);
