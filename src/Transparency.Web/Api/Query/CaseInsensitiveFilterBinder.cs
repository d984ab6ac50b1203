using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OData.Query.Expressions;
using Microsoft.OData.UriParser;

namespace Transparency.Web.Api.Query;

/// <summary>
/// The public API's filter binder. It makes contains, startswith and endswith case-insensitive on both
/// engines by comparing lower-cased text (SQLite's instr() and PostgreSQL's strpos() and LIKE are
/// case-sensitive; lower() folds every letter on PostgreSQL but only A to Z on SQLite, which is enough for
/// names and titles in English). It answers financial-year comparisons with the equivalent indexed quarter range
/// (<see cref="FinancialYearLiterals"/>). And it compares money with decimal constants only: the URI parser reads
/// some literals, such as -117957.81, as Edm.Double and then casts the money column to double, which would
/// compare stored pence with pounds in SQL and silently match nothing.
/// </summary>
public sealed class CaseInsensitiveFilterBinder : FilterBinder
{
    public static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    public static readonly MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo EndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    private static readonly MethodInfo DateOf = typeof(DateOnly).GetMethod(nameof(DateOnly.FromDateTime), [typeof(DateTime)])!;

    public override Expression BindBinaryOperatorNode(BinaryOperatorNode binaryOperatorNode, QueryBinderContext context)
    {
        if (EnumHas.AsEquality(binaryOperatorNode) is { } equality)
        {
            return BindBinaryOperatorNode(equality, context);
        }

        var comparison = base.BindBinaryOperatorNode(MoneyLiterals.AsDecimal(binaryOperatorNode), context);
        if (FinancialYearLiterals.QuarterRange(binaryOperatorNode) is not { } range)
        {
            return comparison;
        }

        // The range binds through this method too, but it compares quarters, so it is never expanded again. It
        // replaces the comparison rather than joining it: the year is computed from the quarter code, so both select
        // the same rows, and computing the year for every row in range cost a fifth of a year's $apply total.
        var indexed = BindBinaryOperatorNode(range, context);
        return indexed.Type == comparison.Type ? indexed : Expression.Convert(indexed, comparison.Type);
    }

    /// <summary>
    /// date(now()) and date(PublishedAt) as an Edm.Date that compares with date properties. The library returns the
    /// timestamp itself, which cannot be compared with a DateOnly. A value known before the query runs (now()) becomes
    /// today's date in UTC; a column becomes DateOnly.FromDateTime, which both engines translate.
    /// </summary>
    protected override Expression BindDate(SingleValueFunctionCallNode node, QueryBinderContext context)
    {
        if (node.Parameters.SingleOrDefault() is SingleValueFunctionCallNode { Name: "now" })
        {
            // A captured value, so the database sees a parameter holding today's date in UTC.
            var today = new StrongBox<DateOnly>(DateOnly.FromDateTime(DateTime.UtcNow));
            return Expression.Field(Expression.Constant(today), nameof(StrongBox<>.Value));
        }

        var argument = base.BindDate(node, context);
        var value = Nullable.GetUnderlyingType(argument.Type) is { } underlying ? Expression.Property(argument, "Value") : argument;
        if (value.Type == typeof(DateTimeOffset))
        {
            value = Expression.Property(value, nameof(DateTimeOffset.UtcDateTime));
        }

        return value.Type == typeof(DateTime) ? Expression.Call(DateOf, value) : argument;
    }

    protected override Expression BindContains(SingleValueFunctionCallNode node, QueryBinderContext context) => Lowered(node, context, Contains);

    protected override Expression BindStartsWith(SingleValueFunctionCallNode node, QueryBinderContext context) => Lowered(node, context, StartsWith);

    protected override Expression BindEndsWith(SingleValueFunctionCallNode node, QueryBinderContext context) => Lowered(node, context, EndsWith);

    private MethodCallExpression Lowered(SingleValueFunctionCallNode node, QueryBinderContext context, MethodInfo method)
    {
        var arguments = BindArguments(node.Parameters, context);
        if (arguments.Length != 2 || arguments.Any(a => a.Type != typeof(string)))
        {
            throw new Microsoft.OData.ODataException($"{node.Name}() needs two pieces of text, for example {node.Name}(Name,'care').");
        }

        return Expression.Call(Expression.Call(arguments[0], ToLower), method, Expression.Call(arguments[1], ToLower));
    }
}
