namespace Transparency.Web.Site.InsightPages;

/// <summary>Names of England's nine regions by their ONS GSS code, for tables that would otherwise show codes.</summary>
public static class RegionNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["E12000001"] = "North East",
        ["E12000002"] = "North West",
        ["E12000003"] = "Yorkshire and The Humber",
        ["E12000004"] = "East Midlands",
        ["E12000005"] = "West Midlands",
        ["E12000006"] = "East of England",
        ["E12000007"] = "London",
        ["E12000008"] = "South East",
        ["E12000009"] = "South West",
    };

    public static string For(string code) => Names.TryGetValue(code, out var name) ? name : code;
}
