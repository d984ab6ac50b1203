using System.Linq.Expressions;
using System.Reflection;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Api.Insights;

/// <summary>
/// How the API presents the insight services' stored units: pence as exact pounds, quarter codes as labels,
/// percentages and scores rounded to two decimal places. The methods can be called in a projection written
/// against a service's row type; <see cref="Inline{TRow, TApi}"/> replaces each call with an expression both
/// engines translate, so $filter and $orderby on the presented values still run in the database.
/// </summary>
public static class InsightValues
{
    /// <summary>Percentages, shares and scores are rounded to this many decimal places, in the database.</summary>
    public const int Decimals = 2;

    private const int Scale = 100;

    private static readonly Expression<Func<long, decimal>> PoundsSql = pence => pence / 100m;

    private static readonly Expression<Func<int, string>> QuarterSql = QuarterPresentation.LabelExpression;

    // Half up, which is half away from zero for these never-negative values. Written with floor() because
    // PostgreSQL's provider does not translate Math.Round(double, digits) and round(double) there breaks ties to even.
    private static readonly Expression<Func<double, decimal>> RoundedSql = value => (decimal)Math.Floor(value * Scale + 0.5) / Scale;

    private static readonly Expression<Func<double?, decimal?>> RoundedOrNullSql = value => value == null ? null : (decimal?)Math.Floor(value.Value * Scale + 0.5) / Scale;

    private static readonly Dictionary<MethodInfo, LambdaExpression> Replacements = new()
    {
        [Method(nameof(Pounds), typeof(long))] = PoundsSql,
        [Method(nameof(QuarterLabel), typeof(int))] = QuarterSql,
        [Method(nameof(Rounded), typeof(double))] = RoundedSql,
        [Method(nameof(Rounded), typeof(double?))] = RoundedOrNullSql,
    };

    public static decimal Pounds(long pence) => Money.ToPounds(pence);

    public static string QuarterLabel(int code) => QuarterPresentation.Label(code);

    public static decimal Rounded(double value) => RoundedSql.Compile()(value);

    public static decimal? Rounded(double? value) => RoundedOrNullSql.Compile()(value);

    /// <summary>The projection with every call to this class replaced by its translatable expression.</summary>
    public static Expression<Func<TRow, TApi>> Inline<TRow, TApi>(Expression<Func<TRow, TApi>> projection) =>
        (Expression<Func<TRow, TApi>>)new Inliner().Visit(projection);

    private static MethodInfo Method(string name, Type parameter) => typeof(InsightValues).GetMethod(name, [parameter])!;

    private sealed class Inliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (!Replacements.TryGetValue(node.Method, out var replacement))
            {
                return base.VisitMethodCall(node);
            }

            var argument = Visit(node.Arguments[0]);
            return new Substitute(replacement.Parameters[0], argument).Visit(replacement.Body);
        }
    }

    private sealed class Substitute(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : node;
    }
}
