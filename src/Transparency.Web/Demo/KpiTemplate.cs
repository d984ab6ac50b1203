using Transparency.Web.Domain;

namespace Transparency.Web.Demo;

/// <summary>A KPI as a commissioner in one sector might write it, with a plausible target.</summary>
public sealed record KpiTemplate(
    string Code,
    string Name,
    KpiKind Kind,
    KpiUnit Unit,
    double Target,
    KpiDirection Direction,
    string? CohortDimension = null,
    bool IsRate = false)
{
    public string ComparableMeasure => Code;
}
