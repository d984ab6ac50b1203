using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Transparency.Web.Api.Insights;

/// <summary>
/// The one mapping from an insight service's row to the API's entity, generated from the two types by convention
/// instead of written out field by field, so a field added to a row and its entity cannot be forgotten in between.
/// For each settable property <c>P</c> of the entity, in order:
/// <list type="bullet">
/// <item>a constant given by the caller (the level or market a union branch answers for);</item>
/// <item>the row's <c>P</c> of the same type, copied;</item>
/// <item>the row's <c>P</c> as a double where the entity has a decimal: a percentage, share or score, rounded to
/// <see cref="InsightValues.Decimals"/> places;</item>
/// <item>the row's <c>PPence</c> where the entity has a decimal: pounds;</item>
/// <item>the row's <c>PCode</c>, an int, where the entity has a string: a quarter label (<c>QuarterCode</c> gives
/// <c>Quarter</c>, "2025-26 Q2").</item>
/// </list>
/// A property no rule fills stops the first request with a message naming it (and the test that builds every
/// projection stops the build before that). The result goes through <see cref="InsightValues.Inline{TRow, TApi}"/>,
/// so it is the same expression tree a hand-written projection was, and both engines translate it.
/// </summary>
public static class InsightProjection
{
    private static readonly Dictionary<string, string> NoConstants = [];

    // Built once per pair of types: a projection without constants is the same for every request.
    private static readonly ConcurrentDictionary<(Type Row, Type Api), LambdaExpression> Plain = new();

    /// <summary>The projection of every row as it stands.</summary>
    public static Expression<Func<TRow, TApi>> Of<TRow, TApi>() =>
        (Expression<Func<TRow, TApi>>)Plain.GetOrAdd((typeof(TRow), typeof(TApi)), _ => Build<TRow, TApi>(NoConstants));

    /// <summary>The projection with one property set to a constant, sent to the database as a query parameter.</summary>
    public static Expression<Func<TRow, TApi>> Of<TRow, TApi>(string property, string value) =>
        Build<TRow, TApi>(new Dictionary<string, string> { [property] = value });

    private static Expression<Func<TRow, TApi>> Build<TRow, TApi>(IReadOnlyDictionary<string, string> constants)
    {
        var row = Expression.Parameter(typeof(TRow), "r");
        var unused = constants.Keys.Where(name => typeof(TApi).GetProperty(name) is null).ToList();
        if (unused.Count > 0)
        {
            throw new InvalidOperationException($"{typeof(TApi).Name} has no property {string.Join(", ", unused)} to hold a constant.");
        }

        var bindings = typeof(TApi).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Select(p => (MemberBinding)Expression.Bind(p, Source(row, p, constants)))
            .ToList();
        var projection = Expression.Lambda<Func<TRow, TApi>>(Expression.MemberInit(Expression.New(typeof(TApi)), bindings), row);
        return InsightValues.Inline(projection);
    }

    private static Expression Source(ParameterExpression row, PropertyInfo target, IReadOnlyDictionary<string, string> constants)
    {
        if (constants.TryGetValue(target.Name, out var constant))
        {
            // A field of a captured object, as a lambda's closure would hold it: EF Core sends it as a parameter.
            return Expression.Field(Expression.Constant(new Captured(constant)), nameof(Captured.Value));
        }

        var same = Property(row.Type, target.Name);
        if (same is not null && same.PropertyType == target.PropertyType)
        {
            return Expression.Property(row, same);
        }

        if (same is not null && target.PropertyType == typeof(decimal) && same.PropertyType == typeof(double))
        {
            return Call(nameof(InsightValues.Rounded), typeof(double), Expression.Property(row, same));
        }

        if (same is not null && target.PropertyType == typeof(decimal?) && same.PropertyType == typeof(double?))
        {
            return Call(nameof(InsightValues.Rounded), typeof(double?), Expression.Property(row, same));
        }

        var pence = Property(row.Type, target.Name + "Pence");
        if (pence is not null && target.PropertyType == typeof(decimal) && pence.PropertyType == typeof(long))
        {
            return Call(nameof(InsightValues.Pounds), typeof(long), Expression.Property(row, pence));
        }

        var code = Property(row.Type, target.Name + "Code");
        if (code is not null && target.PropertyType == typeof(string) && code.PropertyType == typeof(int))
        {
            return Call(nameof(InsightValues.QuarterLabel), typeof(int), Expression.Property(row, code));
        }

        throw new InvalidOperationException(
            $"{target.DeclaringType!.Name}.{target.Name} ({target.PropertyType.Name}) has no source in {row.Type.Name}: give the row a " +
            $"{target.Name} of the same type, a double {target.Name} (rounded), a long {target.Name}Pence (pounds) or an int {target.Name}Code " +
            "(a quarter label), or pass it as a constant.");
    }

    private static PropertyInfo? Property(Type type, string name) => type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);

    private static MethodCallExpression Call(string method, Type parameter, Expression argument) =>
        Expression.Call(typeof(InsightValues).GetMethod(method, [parameter])!, argument);

    private sealed class Captured(string value)
    {
        public readonly string Value = value;
    }
}
