using Microsoft.AspNetCore.OData.Query;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Microsoft.OData.UriParser.Aggregation;

namespace Transparency.Web.Api.Query;

/// <summary>
/// Refuses the few query shapes that would be silently wrong on this model. Money (every Edm.Decimal) and
/// quarters are stored as integers (pence, 20252) and converted at the edges, which is what keeps them exact
/// and indexed; so they may be compared with constants or with each other, summed, ordered and grouped, but
/// not fed to arithmetic or functions, which would run on the stored integers.
/// </summary>
public static class PublicQueryRules
{
    public static void Validate(ODataQueryOptions options)
    {
        Check(options.Filter?.FilterClause?.Expression);
        foreach (var node in OrderByNodes(options.OrderBy?.OrderByClause))
        {
            Check(node);
        }

        foreach (var computed in options.Compute?.ComputeClause?.ComputedItems ?? [])
        {
            Check(computed.Expression);
        }

        CheckExpand(options.SelectExpand?.SelectExpandClause);
        if (options.Apply?.ApplyClause is { } apply)
        {
            CheckTransformations(apply.Transformations);
        }
    }

    private static void CheckTransformations(IEnumerable<TransformationNode> transformations)
    {
        foreach (var transformation in transformations)
        {
            switch (transformation)
            {
                case FilterTransformationNode filter:
                    Check(filter.FilterClause.Expression);
                    break;
                case AggregateTransformationNode aggregate:
                    foreach (var expression in aggregate.AggregateExpressions.OfType<AggregateExpression>())
                    {
                        Check(expression.Expression);
                    }

                    break;
                case ComputeTransformationNode compute:
                    foreach (var expression in compute.Expressions)
                    {
                        Check(expression.Expression);
                    }

                    break;
                case GroupByTransformationNode groupBy when groupBy.ChildTransformations is not null:
                    CheckTransformations([groupBy.ChildTransformations]);
                    break;
                case GroupByTransformationNode:
                    break;
                default:
                    throw new UnsupportedQueryException($"$apply supports filter, compute, groupby, aggregate, orderby, top, skip, topcount, bottomcount and concat; '{transformation.Kind}' is not available here.");
            }
        }
    }

    private static void CheckExpand(SelectExpandClause? clause)
    {
        if (clause?.SelectedItems.OfType<ExpandedCountSelectItem>().FirstOrDefault() is { } count)
        {
            var name = count.PathToNavigationProperty.LastSegment.Identifier;
            throw new UnsupportedQueryException(
                $"$expand={name}/$count is not supported. Count one entity's related rows with a path such as /odata/Contracts(1)/{name}/$count, or filter on them with {name}/any().");
        }

        foreach (var item in clause?.SelectedItems.OfType<ExpandedNavigationSelectItem>() ?? [])
        {
            Check(item.FilterOption?.Expression);
            foreach (var node in OrderByNodes(item.OrderByOption))
            {
                Check(node);
            }

            CheckExpand(item.SelectAndExpand);
        }
    }

    private static IEnumerable<SingleValueNode> OrderByNodes(OrderByClause? clause)
    {
        for (var item = clause; item is not null; item = item.ThenBy)
        {
            yield return item.Expression;
        }
    }

    private static void Check(QueryNode? node)
    {
        switch (node)
        {
            case null:
                return;
            case BinaryOperatorNode binary:
                CheckBinary(binary);
                Check(binary.Left);
                Check(binary.Right);
                return;
            case UnaryOperatorNode unary:
                Check(unary.Operand);
                return;
            case ConvertNode convert:
                Check(convert.Source);
                return;
            case SingleValueFunctionCallNode function:
                foreach (var argument in function.Parameters)
                {
                    if (StoredAsCode(argument) is { } name)
                    {
                        throw new ODataException($"The function {function.Name}() cannot be used on {name}. Compare {name} directly, for example {Example(name)}.");
                    }

                    Check(argument);
                }

                return;
            case InNode inNode:
                Check(inNode.Left);
                return;
            case AnyNode any:
                Check(any.Body);
                return;
            case AllNode all:
                Check(all.Body);
                return;
            default:
                return;
        }
    }

    private static void CheckBinary(BinaryOperatorNode binary)
    {
        var left = StoredAsCode(binary.Left);
        var right = StoredAsCode(binary.Right);
        if (left is null && right is null)
        {
            return;
        }

        var name = left ?? right!;
        if (binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply
            or BinaryOperatorKind.Divide or BinaryOperatorKind.Modulo)
        {
            throw new ODataException($"Arithmetic on {name} is not supported. Compare {name} directly, for example {Example(name)}, or total it with $apply.");
        }

        var other = left is null ? binary.Left : binary.Right;
        if (left is null || right is null ? !IsConstant(other) : Kind(left) != Kind(right))
        {
            throw new ODataException($"{name} can only be compared with a value or with another {(Kind(name) == "money" ? "amount of money" : "quarter")}, for example {Example(name)}.");
        }
    }

    private static bool IsConstant(SingleValueNode node) => Unwrap(node) is ConstantNode;

    private static SingleValueNode Unwrap(SingleValueNode node) => node is ConvertNode convert ? Unwrap(convert.Source) : node;

    /// <summary>The name of a money or quarter property the node reads directly, or null.</summary>
    private static string? StoredAsCode(QueryNode node) =>
        node is SingleValueNode single && Unwrap(single) is SingleValuePropertyAccessNode access &&
        (access.Property.Type.IsDecimal() || access.Property.Name == "Quarter")
            ? access.Property.Name
            : null;

    private static string Kind(string name) => name == "Quarter" ? "quarter" : "money";

    private static string Example(string name) => name == "Quarter" ? "Quarter ge '2025-26 Q1'" : $"{name} gt 1000000";
}
