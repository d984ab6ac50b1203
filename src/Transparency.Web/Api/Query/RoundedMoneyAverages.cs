using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Transparency.Web.Api.Data;

namespace Transparency.Web.Api.Query;

/// <summary>
/// Makes <c>$apply</c>'s <c>average</c> of money exact to the nearest penny. Money is read through
/// <see cref="MoneyConverter"/> from integer pence, so EF Core computes <c>AVG(pence)</c> and then reads the result as
/// whole pence, which drops the fraction: an average of 256,896,796.78 pence came back as £2,568,967.96 instead of
/// £2,568,967.97. This rewrites <c>Average(x =&gt; x.Amount)</c> before translation into the average of the stored pence
/// as a real number, rounded to the nearest penny with halves away from zero, then divided by 100: all in SQL on both
/// engines, so the average can still be filtered, ordered and grouped again.
/// </summary>
public sealed class RoundedMoneyAverages : IQueryExpressionInterceptor
{
    public static readonly RoundedMoneyAverages Instance = new();

    private static readonly MethodInfo Floor = typeof(Math).GetMethod(nameof(Math.Floor), [typeof(double)])!;

    private RoundedMoneyAverages()
    {
    }

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        eventData.Context is { } context ? new Rewriter(context.Model).Visit(queryExpression) : queryExpression;

    /// <summary>The rule, for a value in pence: halves go away from zero (2.5 → 3, −2.5 → −3).</summary>
    public static Expression RoundHalfAwayFromZero(Expression pence)
    {
        var half = Expression.Constant(0.5);
        return Expression.Condition(
            Expression.GreaterThanOrEqual(pence, Expression.Constant(0.0)),
            Expression.Call(Floor, Expression.Add(pence, half)),
            Expression.Negate(Expression.Call(Floor, Expression.Add(Expression.Negate(pence), half))));
    }

    private sealed class Rewriter(IModel model) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var visited = (MethodCallExpression)base.VisitMethodCall(node);
            if (visited.Method.DeclaringType != typeof(Enumerable) && visited.Method.DeclaringType != typeof(Queryable)
                || visited.Method.Name != nameof(Enumerable.Average) || visited.Arguments.Count != 2
                || Selector(visited.Arguments[1]) is not { Body: MemberExpression { Type: var type } member } selector
                || (type != typeof(decimal) && type != typeof(decimal?))
                || member.Expression is null
                || model.FindEntityType(member.Expression.Type)?.FindProperty(member.Member.Name)?.GetValueConverter() is not MoneyConverter)
            {
                return visited;
            }

            // (double)Amount is the stored pence as a real number: EF Core casts the column, not the converted value.
            var pence = Expression.Lambda(Expression.Convert(member, typeof(double)), selector.Parameters);
            var elementType = selector.Parameters[0].Type;
            var average = visited.Method.DeclaringType == typeof(Queryable)
                ? Expression.Call(typeof(Queryable), nameof(Queryable.Average), [elementType], visited.Arguments[0], Expression.Quote(pence))
                : Expression.Call(typeof(Enumerable), nameof(Enumerable.Average), [elementType], visited.Arguments[0], pence);
            var pounds = Expression.Divide(RoundHalfAwayFromZero(average), Expression.Constant(100.0));
            return Expression.Convert(pounds, visited.Type);
        }

        private static LambdaExpression? Selector(Expression argument) => argument switch
        {
            UnaryExpression { NodeType: ExpressionType.Quote, Operand: LambdaExpression quoted } => quoted,
            LambdaExpression lambda => lambda,
            _ => null,
        };
    }
}
