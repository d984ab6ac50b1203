using Microsoft.AspNetCore.OData.Query;
using Microsoft.OData.UriParser;
using Microsoft.OData.UriParser.Aggregation;

namespace Transparency.Web.Api.Totals;

/// <summary>
/// Whether a query over funding gives the same answer when it reads the totals by contract, quarter and payment type
/// instead of the lines: an <c>$apply</c> that filters and groups only by what a total keeps (the contract and anything
/// reached through it, the quarter, the financial year, the payment type) and aggregates only <c>Amount with sum</c>.
/// A sum of sums is the sum; a count, an average, a minimum or a filter on one line's amount would not be.
/// Whatever follows the first grouping works on the groups, so it is the same either way. A query that neither
/// filters nor groups by a quarter can read the all-time totals by contract, which are fewer still.
/// </summary>
public sealed class FundingTotalsShape
{
    private static readonly HashSet<string> QuarterProperties = new(StringComparer.Ordinal)
    {
        nameof(Model.Funding.Quarter), nameof(Model.Funding.QuarterStart), nameof(Model.Funding.FinancialYear),
    };

    private static readonly HashSet<string> KeptProperties = new(
        [nameof(Model.Funding.ContractId), nameof(Model.Funding.PaymentType), .. QuarterProperties], StringComparer.Ordinal);

    private bool _usesQuarters;

    private FundingTotalsShape()
    {
    }

    public static FundingTotalsGrain GrainFor(ODataQueryOptions options)
    {
        var raw = options.RawValues;
        if (raw.Apply is null || raw.Search is not null || raw.Compute is not null || raw.Expand is not null)
        {
            return FundingTotalsGrain.None;
        }

        var shape = new FundingTotalsShape();
        if (!shape.Answers(options.Apply.ApplyClause.Transformations))
        {
            return FundingTotalsGrain.None;
        }

        return shape._usesQuarters ? FundingTotalsGrain.ContractQuarter : FundingTotalsGrain.Contract;
    }

    private bool Answers(IEnumerable<TransformationNode> steps)
    {
        foreach (var step in steps)
        {
            switch (step)
            {
                case FilterTransformationNode filter when Kept(filter.FilterClause.Expression):
                    continue;
                case GroupByTransformationNode groupBy:
                    return groupBy.GroupingProperties.All(p => KeptGrouping(p, atRoot: true))
                        && (groupBy.ChildTransformations is null || IsSumOfAmounts(groupBy.ChildTransformations));
                case AggregateTransformationNode aggregate:
                    return IsSumOfAmounts(aggregate);
                default:
                    return false;
            }
        }

        return false;
    }

    private static bool IsSumOfAmounts(TransformationNode node) =>
        node is AggregateTransformationNode aggregate && aggregate.AggregateExpressions.All(e =>
            e is AggregateExpression { Method: AggregationMethod.Sum, Expression: SingleValuePropertyAccessNode { Source: ResourceRangeVariableReferenceNode } amount }
            && amount.Property.Name == nameof(Model.Funding.Amount));

    private bool KeptGrouping(GroupByPropertyNode node, bool atRoot)
    {
        if (atRoot && node.Name != nameof(Model.Funding.Contract) && !KeptProperties.Contains(node.Name))
        {
            return false;
        }

        _usesQuarters |= atRoot && QuarterProperties.Contains(node.Name);

        return node.ChildTransformations is not { Count: > 0 } children || children.All(c => KeptGrouping(c, atRoot: false));
    }

    private bool Kept(QueryNode? node) => node switch
    {
        null or ConstantNode or CollectionConstantNode => true,
        ConvertNode convert => Kept(convert.Source),
        BinaryOperatorNode binary => Kept(binary.Left) && Kept(binary.Right),
        UnaryOperatorNode unary => Kept(unary.Operand),
        InNode @in => Kept(@in.Left) && Kept(@in.Right),
        SingleValueFunctionCallNode call => call.Parameters.All(Kept),
        SingleValuePropertyAccessNode { Source: ResourceRangeVariableReferenceNode } property => KeptProperty(property.Property.Name),
        SingleValuePropertyAccessNode { Source: SingleNavigationNode navigation } => ThroughContract(navigation),
        SingleNavigationNode navigation => ThroughContract(navigation),
        _ => false,
    };

    private bool KeptProperty(string name)
    {
        _usesQuarters |= QuarterProperties.Contains(name);
        return KeptProperties.Contains(name);
    }

    // Contract/…/Property: the first step from a funding row must be its contract, which a total keeps.
    private static bool ThroughContract(SingleNavigationNode navigation) => navigation.Source switch
    {
        ResourceRangeVariableReferenceNode => navigation.NavigationProperty.Name == nameof(Model.Funding.Contract),
        SingleNavigationNode inner => ThroughContract(inner),
        _ => false,
    };
}
