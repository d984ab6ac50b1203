using System.Linq.Expressions;

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

    public static int? Of(HttpRequest request) =>
        PinnedFilter.Text(request, Quarter) is { } label && Domain.Quarter.TryParse(label, out var quarter) ? quarter.Code : null;

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
}
