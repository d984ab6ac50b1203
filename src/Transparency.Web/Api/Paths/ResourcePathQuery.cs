using System.Collections;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace Transparency.Web.Api.Paths;

/// <summary>
/// Turns the segments after an entity set into LINQ over the set's own query: a key becomes <c>Where</c>, a
/// single-valued navigation <c>Select</c>, a collection <c>SelectMany</c>, a property a projection. EF Core
/// composes them into one SQL statement, and the published-only filters of the sets apply at every step.
/// </summary>
public static class ResourcePathQuery
{
    public static IQueryable Key(IQueryable source, KeySegment key)
    {
        var row = Expression.Parameter(source.ElementType, "row");
        var match = key.Keys
            .Select(k =>
            {
                var property = Expression.Property(row, k.Key);
                return (Expression)Expression.Equal(property, Parameter(Convert.ChangeType(k.Value, Nullable.GetUnderlyingType(property.Type) ?? property.Type, System.Globalization.CultureInfo.InvariantCulture), property.Type));
            })
            .Aggregate(Expression.AndAlso);
        return Call(nameof(Queryable.Where), [source.ElementType], source, Expression.Lambda(match, row));
    }

    /// <summary>The related rows: at most one for a single-valued navigation (none when it is empty), any number for a collection.</summary>
    public static IQueryable Navigate(IQueryable source, IEdmNavigationProperty navigation)
    {
        var row = Expression.Parameter(source.ElementType, "row");
        var member = Expression.Property(row, navigation.Name);
        if (navigation.Type.IsCollection())
        {
            var target = member.Type.GetGenericArguments()[0];
            var selector = Expression.Lambda(typeof(Func<,>).MakeGenericType(source.ElementType, typeof(IEnumerable<>).MakeGenericType(target)), member, row);
            return Call(nameof(Queryable.SelectMany), [source.ElementType, target], source, selector);
        }

        var related = Call(nameof(Queryable.Select), [source.ElementType, member.Type], source, Expression.Lambda(member, row));
        var item = Expression.Parameter(member.Type, "item");
        return Call(nameof(Queryable.Where), [member.Type], related, Expression.Lambda(Expression.NotEqual(item, Expression.Constant(null, member.Type)), item));
    }

    public static IQueryable Property(IQueryable source, IEdmStructuralProperty property)
    {
        var row = Expression.Parameter(source.ElementType, "row");
        var member = Expression.Property(row, property.Name);
        return Call(nameof(Queryable.Select), [source.ElementType, member.Type], source, Expression.Lambda(member, row));
    }

    /// <summary>The first row, or <paramref name="found"/> false when there is none; runs the query.</summary>
    public static object? First(IQueryable source, out bool found)
    {
        foreach (var value in (IEnumerable)Call(nameof(Queryable.Take), [source.ElementType], source, Expression.Constant(1)))
        {
            found = true;
            return value;
        }

        found = false;
        return null;
    }

    public static bool Any(IQueryable source)
    {
        First(source, out var found);
        return found;
    }

    // A captured value rather than a literal, so the database sees a parameter and EF Core reuses its compiled query.
    private static MemberExpression Parameter(object value, Type type)
    {
        var box = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(box), nameof(StrongBox<>.Value));
    }

    private static IQueryable Call(string method, Type[] types, IQueryable source, Expression argument) =>
        source.Provider.CreateQuery(Expression.Call(typeof(Queryable), method, types, source.Expression,
            argument is LambdaExpression lambda ? Expression.Quote(lambda) : argument));
}
