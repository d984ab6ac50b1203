namespace Transparency.Web.Insights.Concentration;

/// <summary>
/// Bands for the Herfindahl–Hirschman Index. The CMA's Merger Assessment Guidelines (CMA129, 2021) set no
/// concentration thresholds; these cut-offs are the ones the European Commission's horizontal merger
/// guidelines use as first indicators (below 1,000; 1,000 to 2,000; above 2,000). See content/methodology.md.
/// </summary>
public static class ConcentrationBands
{
    public const double ModerateFrom = 1_000;

    public const double HighAbove = 2_000;

    public const string Low = "Low";

    public const string Moderate = "Moderate";

    public const string High = "High";
}
