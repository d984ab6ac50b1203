using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace Transparency.Web.Api.Query;

/// <summary>
/// Pages an expanded collection on SQLite by counting the rows before each one instead of numbering them all. For
/// <c>$expand=Kpis</c> the OData library takes the first page of each contract's KPIs in key order
/// (<c>c.Kpis.OrderBy(k =&gt; k.Id).Take(101)</c>); EF Core writes that as <c>ROW_NUMBER() OVER (PARTITION BY
/// ContractId)</c> in a derived table, which SQLite must compute over the whole related table (200,000 KPI definitions
/// at national scale, 0.3 s) before joining the 50 contracts asked for. The same page written as "fewer than 101
/// siblings with a smaller key" (<c>Where(k =&gt; KpiDefinitions.Count(s =&gt; s.ContractId == k.ContractId &amp;&amp;
/// s.Id &lt; k.Id) &lt; 101)</c>) is flattened by SQLite into the join and read through the foreign-key index, a few
/// rows per contract. Only that default shape is rewritten (a nested <c>$orderby</c>, <c>$skip</c> or <c>$top</c>
/// keeps the library's query); PostgreSQL plans the row numbers well and is left alone.
/// </summary>
public sealed class RankedNestedPages : IQueryExpressionInterceptor
{
    public static readonly RankedNestedPages Instance = new();

    private RankedNestedPages()
    {
    }

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        eventData.Context is { } context ? new Rewriter(context.Model).Visit(queryExpression) : queryExpression;

    private sealed class Rewriter(IModel model) : ExpressionVisitor
    {
        private static readonly MethodInfo Where = EnumerableMethod(nameof(Enumerable.Where));
        private static readonly MethodInfo QueryableWhere = QueryableMethod(nameof(Queryable.Where));
        private static readonly MethodInfo QueryableCount = typeof(Queryable).GetMethods()
            .Single(m => m.Name == nameof(Queryable.Count) && m.GetParameters().Length == 2);

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var visited = (MethodCallExpression)base.VisitMethodCall(node);
            if (!IsEnumerable(visited, nameof(Enumerable.Take))
                || visited.Arguments[0] is not MethodCallExpression ordered
                || !IsEnumerable(ordered, nameof(Enumerable.OrderBy))
                || ordered.Arguments[1] is not LambdaExpression { Body: MemberExpression orderKey } keySelector
                || Collection(ordered.Arguments[0], out var filters) is not { } navigation
                || navigation.ForeignKey.Properties is not [var foreignKey]
                || navigation.TargetEntityType.FindPrimaryKey()?.Properties is not [var primaryKey]
                || orderKey.Member.Name != primaryKey.Name
                || orderKey.Expression != keySelector.Parameters[0])
            {
                return visited;
            }

            var element = keySelector.Parameters[0].Type;
            var row = Expression.Parameter(element, "row");
            var sibling = Expression.Parameter(element, "sibling");
            var before = Expression.Lambda(
                Expression.AndAlso(
                    Expression.Equal(Expression.Property(sibling, foreignKey.Name), Expression.Property(row, foreignKey.Name)),
                    Expression.LessThan(Expression.Property(sibling, primaryKey.Name), Expression.Property(row, primaryKey.Name))),
                sibling);

            Expression siblings = new EntityQueryRootExpression(navigation.TargetEntityType);
            foreach (var filter in filters)
            {
                siblings = Expression.Call(QueryableWhere.MakeGenericMethod(element), siblings, Expression.Quote(filter));
            }

            var rank = Expression.Call(QueryableCount.MakeGenericMethod(element), siblings, Expression.Quote(before));
            var firstPage = Expression.Lambda(Expression.LessThan(rank, visited.Arguments[1]), row);
            return Expression.Call(Where.MakeGenericMethod(element), ordered, firstPage);
        }

        /// <summary>The collection navigation under any nested $filter, and those filters, innermost first.</summary>
        private INavigation? Collection(Expression source, out List<LambdaExpression> filters)
        {
            filters = [];
            // A filter that refers to the outer row ($it) cannot be repeated over the whole table: keep the library's query.
            while (source is MethodCallExpression call && IsEnumerable(call, nameof(Enumerable.Where))
                && call.Arguments[1] is LambdaExpression filter && SelfContained.Check(filter))
            {
                filters.Insert(0, filter);
                source = call.Arguments[0];
            }

            return source is MemberExpression { Expression: { } owner } member
                && model.FindEntityType(owner.Type)?.FindNavigation(member.Member.Name) is { IsCollection: true } navigation
                && member.Type.IsAssignableTo(typeof(IEnumerable<>).MakeGenericType(navigation.TargetEntityType.ClrType))
                    ? navigation
                    : null;
        }

        /// <summary>Whether a lambda uses no parameters but its own.</summary>
        private sealed class SelfContained : ExpressionVisitor
        {
            private readonly HashSet<ParameterExpression> _own = [];
            private bool _outer;

            public static bool Check(LambdaExpression lambda)
            {
                var visitor = new SelfContained();
                visitor.Visit(lambda);
                return !visitor._outer;
            }

            protected override Expression VisitLambda<T>(Expression<T> node)
            {
                _own.UnionWith(node.Parameters);
                return base.VisitLambda(node);
            }

            protected override Expression VisitParameter(ParameterExpression node)
            {
                _outer |= !_own.Contains(node);
                return node;
            }
        }

        private static bool IsEnumerable(MethodCallExpression call, string method) =>
            call.Method.DeclaringType == typeof(Enumerable) && call.Method.Name == method && call.Arguments.Count == 2;

        private static MethodInfo EnumerableMethod(string name) => typeof(Enumerable).GetMethods()
            .Single(m => m.Name == name && m.GetParameters() is [_, { ParameterType: { IsGenericType: true } p }]
                && p.GetGenericTypeDefinition() == typeof(Func<,>));

        private static MethodInfo QueryableMethod(string name) => typeof(Queryable).GetMethods()
            .Single(m => m.Name == name && m.GetParameters() is [_, { ParameterType: var p }]
                && p.GetGenericArguments()[0].GetGenericTypeDefinition() == typeof(Func<,>));
    }
}
