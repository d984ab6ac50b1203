using Transparency.Web.Domain;

namespace Transparency.Web.Insights.Outcomes;

/// <summary>A KPI or funding line labelled with the contract, organisation or sector it is counted under.</summary>
internal sealed class Tagged
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public KpiKind Kind { get; init; }

    public PaymentType PaymentType { get; init; }

    public long AmountPence { get; init; }
}
