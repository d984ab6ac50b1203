namespace Transparency.Web.Api.Insights;

/// <summary>The values of Level and Market on the insight sets that add up at more than one level.</summary>
public static class InsightLevels
{
    public const string Contract = "contract";
    public const string Provider = "provider";
    public const string Commissioner = "commissioner";
    public const string Sector = "sector";
    public const string Overall = "overall";
}
