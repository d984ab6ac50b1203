using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Transparency.Web.Api.Query;

/// <summary>
/// Takes the property names out of <c>$apply</c>'s grouping keys before EF Core translates them. The OData library
/// groups by a chain of containers that each carry the grouped property's name as a constant ("FinancialYear",
/// "Contract", "Sector"). EF Core cannot group by a constant where it stands, so it moves the whole query into a
/// subquery and groups by the names as if they were columns: SQLite then sorts every row of a year's funding with
/// three extra strings in its key, a fifth of the year's total by sector. This groups by the values alone and puts the
/// same names back in the projection, where they are plain constants, so the rows and the response are unchanged.
/// </summary>
public sealed class UnnamedGroupingKeys : ExpressionVisitor, IQueryExpressionInterceptor
{
    public static readonly UnnamedGroupingKeys Instance = new();

    private const string GroupByContainer = "GroupByContainer";
    private const string Name = "Name";

    private UnnamedGroupingKeys()
    {
    }

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        Visit(queryExpression);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        // Inner calls first: a later $apply stage groups the output of an earlier one.
        var visited = (MethodCallExpression)base.VisitMethodCall(node);
        if (!IsQueryable(visited, nameof(Queryable.Select))
            || visited.Arguments[0] is not MethodCallExpression groupBy
            || !IsQueryable(groupBy, nameof(Queryable.GroupBy))
            || Lambda(groupBy.Arguments[1]) is not { Body: MemberInitExpression key } keyLambda
            || Container(key) is not MemberInitExpression container
            || Lambda(visited.Arguments[1]) is not { } select)
        {
            return visited;
        }

        var keyContainer = Expression.Property(Expression.Property(select.Parameters[0], "Key"), GroupByContainer);
        var projection = new KeyContainerReplacer(keyContainer, Named(container, keyContainer)).Visit(select.Body);
        var unnamed = Expression.Lambda(WithoutNames(key), keyLambda.Parameters);
        return visited.Update(visited.Object, [
            groupBy.Update(groupBy.Object, [groupBy.Arguments[0], Expression.Quote(unnamed)]),
            Expression.Quote(Expression.Lambda(projection, select.Parameters)),
        ]);
    }

    private static bool IsQueryable(MethodCallExpression call, string method) =>
        call.Method.DeclaringType == typeof(Queryable) && call.Method.Name == method && call.Arguments.Count == 2;

    private static LambdaExpression? Lambda(Expression argument) =>
        argument is UnaryExpression { NodeType: ExpressionType.Quote, Operand: LambdaExpression lambda } ? lambda : null;

    private static Expression? Container(MemberInitExpression key) =>
        key.Bindings.OfType<MemberAssignment>().SingleOrDefault(b => b.Member.Name == GroupByContainer)?.Expression;

    private static bool IsName(MemberBinding binding) =>
        binding is MemberAssignment { Member.Name: Name, Expression: ConstantExpression };

    /// <summary>The key as the library built it, less its constant names.</summary>
    private static MemberInitExpression WithoutNames(MemberInitExpression init) =>
        init.Update(init.NewExpression, init.Bindings
            .Where(b => !IsName(b))
            .Select(b => b is MemberAssignment { Expression: MemberInitExpression inner } assignment
                ? Expression.Bind(assignment.Member, WithoutNames(inner))
                : b));

    /// <summary>
    /// The key container rebuilt for the projection: each name as the library wrote it, each value read from the
    /// grouping's key at the same place in the chain.
    /// </summary>
    private static MemberInitExpression Named(MemberInitExpression init, Expression path) =>
        init.Update(init.NewExpression, init.Bindings.Select(b => b switch
        {
            _ when IsName(b) => b,
            MemberAssignment { Expression: MemberInitExpression inner } assignment =>
                Expression.Bind(assignment.Member, Named(inner, Access(path, assignment.Member, init.Type))),
            MemberAssignment assignment => Expression.Bind(assignment.Member, Access(path, assignment.Member, init.Type)),
            _ => b,
        }));

    // A container's Next is typed as an interface; its members are read through the type the key created.
    private static MemberExpression Access(Expression path, MemberInfo member, Type created) =>
        Expression.MakeMemberAccess(path.Type == created ? path : Expression.Convert(path, created), member);

    private sealed class KeyContainerReplacer(MemberExpression keyContainer, Expression named) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Member == keyContainer.Member
            && node.Expression is MemberExpression { Member.Name: "Key", Expression: var grouping }
            && grouping == ((MemberExpression)keyContainer.Expression!).Expression
                ? named
                : base.VisitMember(node);
    }
}
