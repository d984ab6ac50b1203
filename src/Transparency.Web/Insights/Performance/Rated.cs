using Transparency.Web.Domain;

namespace Transparency.Web.Insights.Performance;

/// <summary>A whole-service KPI result labelled with what it is counted under.</summary>
internal sealed class Rated
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public int QuarterCode { get; init; }

    public KpiRating Rating { get; init; }
}
