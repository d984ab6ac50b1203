using System.Linq.Expressions;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.OData;
using Microsoft.OData.UriParser;

namespace Transparency.Web.Api.Insights;

/// <summary>
/// The quarter a request's <c>$filter</c> pins with <c>Quarter eq '2025-26 Q2'</c>, alone or joined to other
/// conditions by <c>and</c>. A view computed per quarter can then be computed for that quarter only: the engines do
/// not carry a filter on the finished view back into its groups and ranges, so without this a one-quarter question
/// computes every quarter first. The whole filter is still applied afterwards, so the answer is the same either way.
/// </summary>
public static class FilteredQuarter
{
    private const string Quarter = "Quarter";

    public static int? Of(HttpRequest request)
    {
        var feature = request.ODataFeature();
        if (feature.Model is null || feature.Path is null || !request.Query.TryGetValue("$filter", out var filter))
        {
            return null;
        }

        try
        {
            var parser = new ODataQueryOptionParser(feature.Model, feature.Path, new Dictionary<string, string?> { ["$filter"] = filter.ToString() });
            return Pinned(parser.ParseFilter()?.Expression);
        }
        catch (ODataException)
        {
            // The query layer parses the filter again and answers with the error; here it only means "no quarter".
            return null;
        }
    }

    /// <summary>
    /// The rows of the request's quarter, compared on the rows' integer quarter code, which the engines can push into
    /// the view's groups and match with an index; the label the API shows is computed and cannot be. All rows when
    /// the filter pins no quarter.
    /// </summary>
    public static IQueryable<TRow> Narrow<TRow>(IQueryable<TRow> rows, HttpRequest request) =>
        Of(request) is int code ? rows.Where(InQuarter<TRow>(code)) : rows;

    private static Expression<Func<TRow, bool>> InQuarter<TRow>(int code)
    {
        var row = Expression.Parameter(typeof(TRow), "row");
        Expression<Func<int>> quarter = () => code;
        return Expression.Lambda<Func<TRow, bool>>(Expression.Equal(Expression.Property(row, "QuarterCode"), quarter.Body), row);
    }

    private static int? Pinned(SingleValueNode? node) => node switch
    {
        ConvertNode convert => Pinned(convert.Source),
        BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And } both => Pinned(both.Left) ?? Pinned(both.Right),
        BinaryOperatorNode { OperatorKind: BinaryOperatorKind.Equal } equal => Label(equal.Left, equal.Right) ?? Label(equal.Right, equal.Left),
        _ => null,
    };

    private static int? Label(SingleValueNode property, SingleValueNode value) =>
        Unwrap(property) is SingleValuePropertyAccessNode { Property.Name: Quarter }
        && Unwrap(value) is ConstantNode { Value: string label }
        && Domain.Quarter.TryParse(label, out var quarter)
            ? quarter.Code
            : null;

    private static SingleValueNode Unwrap(SingleValueNode node) => node is ConvertNode convert ? Unwrap(convert.Source) : node;
}
