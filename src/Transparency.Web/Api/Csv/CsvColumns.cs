using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Microsoft.OData.UriParser.Aggregation;

namespace Transparency.Web.Api.Csv;

/// <summary>
/// The columns a CSV answer has, worked out from the model and the query rather than from the rows, so an empty
/// result still has its header row and every Edm.Decimal column (money, shares, percentages: all two places here)
/// is known: the entity's properties in model order (or those in $select), then $compute aliases and single-valued
/// expansions as "Provider/Name"; for $apply, the grouping properties and the aggregate and compute aliases.
/// </summary>
public static class CsvColumns
{
    public sealed record Column(string Name, bool IsDecimal);

    public static List<Column> For(HttpRequest request)
    {
        var path = request.ODataFeature().Path;
        if (path?.LastSegment?.EdmType?.AsElementType() is not IEdmStructuredType type)
        {
            return [];
        }

        var options = request.HttpContext.Items[Query.PublicQueryAttribute.QueryOptionsItem] as ODataQueryOptions;
        if (options?.Apply?.ApplyClause is { } apply)
        {
            return Applied(type, apply.Transformations);
        }

        var columns = new List<Column>();
        Structural(type, options?.SelectExpand?.SelectExpandClause, string.Empty, columns, depth: 0);
        foreach (var computed in options?.Compute?.ComputeClause?.ComputedItems ?? [])
        {
            columns.Add(new Column(computed.Alias, computed.Expression.TypeReference?.IsDecimal() == true));
        }

        return columns;
    }

    private static void Structural(IEdmStructuredType type, SelectExpandClause? clause, string prefix, List<Column> columns, int depth)
    {
        var selected = clause is null || clause.AllSelected
            ? null
            : clause.SelectedItems.OfType<PathSelectItem>().Select(p => p.SelectedPath.LastSegment.Identifier).ToHashSet(StringComparer.Ordinal);
        foreach (var property in type.StructuralProperties().Where(p => selected is null || selected.Contains(p.Name)))
        {
            columns.Add(new Column(prefix + property.Name, property.Type.IsDecimal()));
        }

        foreach (var expanded in clause?.SelectedItems.OfType<ExpandedNavigationSelectItem>() ?? [])
        {
            if (expanded.PathToNavigationProperty.LastSegment is NavigationPropertySegment { NavigationProperty: var navigation }
                && !navigation.Type.IsCollection() && depth < ApiLimits.MaxExpansionDepth)
            {
                Structural(navigation.ToEntityType(), expanded.SelectAndExpand, prefix + navigation.Name + "/", columns, depth + 1);
            }
        }
    }

    private static List<Column> Applied(IEdmStructuredType type, IEnumerable<TransformationNode> transformations)
    {
        var columns = type.StructuralProperties().Select(p => new Column(p.Name, p.Type.IsDecimal())).ToList();
        foreach (var transformation in transformations)
        {
            switch (transformation)
            {
                case GroupByTransformationNode groupBy:
                    columns = [];
                    Grouped(groupBy.GroupingProperties, string.Empty, columns);
                    if (groupBy.ChildTransformations is AggregateTransformationNode child)
                    {
                        columns.AddRange(Aggregates(child));
                    }

                    break;
                case AggregateTransformationNode aggregate:
                    columns = [.. Aggregates(aggregate)];
                    break;
                case ComputeTransformationNode compute:
                    columns.AddRange(compute.Expressions.Select(e => new Column(e.Alias, e.Expression.TypeReference?.IsDecimal() == true)));
                    break;
            }
        }

        return columns;
    }

    private static void Grouped(IEnumerable<GroupByPropertyNode> properties, string prefix, List<Column> columns)
    {
        foreach (var property in properties)
        {
            if (property.ChildTransformations.Count > 0)
            {
                Grouped(property.ChildTransformations, prefix + property.Name + "/", columns);
            }
            else
            {
                columns.Add(new Column(prefix + property.Name, property.TypeReference?.IsDecimal() == true));
            }
        }
    }

    private static IEnumerable<Column> Aggregates(AggregateTransformationNode aggregate) =>
        aggregate.AggregateExpressions.Select(e => new Column(e.Alias, e is AggregateExpression { TypeReference: var t } && t?.IsDecimal() == true));
}
