using System.Linq.Expressions;
using Microsoft.AspNetCore.OData.Query.Expressions;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Transparency.Web.Api.Model;

namespace Transparency.Web.Api.Query;

/// <summary>
/// Implements $search (the library ignores it without a binder): each word must appear, case-insensitively,
/// in one of the names and titles listed here for the entity set. AND, OR, NOT and "quoted phrases" work as
/// OData defines them; words are matched as parts of words, so "care" finds "Healthcare".
/// </summary>
public sealed class PublicSearchBinder : ISearchBinder
{
    private static readonly Dictionary<Type, string[]> Fields = new()
    {
        [typeof(Organisation)] = ["Name", "Identifier"],
        [typeof(ParentGroup)] = ["Name"],
        [typeof(Contract)] = ["Title", "Reference", "Provider.Name", "Commissioner.Name"],
        [typeof(KpiDefinition)] = ["Name", "Code", "Contract.Title"],
        [typeof(KpiResult)] = ["Kpi.Name", "Contract.Title", "Cohort"],
        [typeof(Funding)] = ["Contract.Title", "Contract.Provider.Name", "Description"],
        [typeof(Subcontract)] = ["Service", "Subcontractor.Name", "Contract.Title"],
        [typeof(Satisfaction)] = ["Measure", "Contract.Title"],
        [typeof(Return)] = ["Provider.Name", "RestatementReason"],
        [typeof(ReturnVersion)] = ["Provider.Name", "RestatementReason"],
    };

    /// <summary>The fields searched for each entity type, for the documentation.</summary>
    public static IReadOnlyDictionary<Type, string[]> SearchedFields => Fields;

    public Expression BindSearch(SearchClause searchClause, QueryBinderContext context)
    {
        if (!Fields.TryGetValue(context.ElementClrType, out var fields))
        {
            throw new ODataException($"$search is not available on {context.ElementClrType.Name}.");
        }

        var item = Expression.Parameter(context.ElementClrType, "$it");
        return Expression.Lambda(Bind(searchClause.Expression, item, fields), item);
    }

    private static Expression Bind(SingleValueNode node, ParameterExpression item, string[] fields) => node switch
    {
        SearchTermNode term => Matches(term.Text, item, fields),
        BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And } and => Expression.AndAlso(Bind(and.Left, item, fields), Bind(and.Right, item, fields)),
        BinaryOperatorNode { OperatorKind: BinaryOperatorKind.Or } or => Expression.OrElse(Bind(or.Left, item, fields), Bind(or.Right, item, fields)),
        UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } not => Expression.Not(Bind(not.Operand, item, fields)),
        _ => throw new ODataException($"$search does not understand '{node.Kind}'. Use words, \"phrases\", AND, OR and NOT."),
    };

    private static Expression Matches(string text, ParameterExpression item, string[] fields)
    {
        // A captured value rather than a literal, so the database sees a parameter and reuses its plan.
        var term = Expression.Property(Expression.Constant(new SearchTerm(text.ToLowerInvariant())), nameof(SearchTerm.Value));
        Expression? any = null;
        foreach (var field in fields)
        {
            Expression value = item;
            foreach (var member in field.Split('.'))
            {
                value = Expression.Property(value, member);
            }

            var match = Expression.AndAlso(
                Expression.NotEqual(value, Expression.Constant(null, typeof(string))),
                Expression.Call(Expression.Call(value, CaseInsensitiveFilterBinder.ToLower), CaseInsensitiveFilterBinder.Contains, term));
            any = any is null ? match : Expression.OrElse(any, match);
        }

        return any!;
    }

    private sealed record SearchTerm(string Value);
}
