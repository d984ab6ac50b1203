namespace Transparency.Web.Api.Insights;

/// <summary>
/// The sets that add up at several levels are one <c>UNION ALL</c> of a query per level, told apart by a
/// <c>Level</c> (or <c>Market</c>) column. A filter on that column cannot reach into the union's parts, so
/// <c>Level eq 'provider'</c> would still compute every level; when the request's <c>$filter</c> pins the level,
/// only that level's part is built. The whole filter is still applied afterwards, so the answer is the same either way.
/// </summary>
public static class FilteredLevel
{
    public const string Level = "Level";

    public const string Market = "Market";

    /// <summary>The parts whose level the request's filter allows, joined with <c>UNION ALL</c> in the order given.</summary>
    public static IQueryable<TRow> Union<TRow>(HttpRequest request, string property, params (string Level, IQueryable<TRow> Rows)[] parts)
    {
        var pinned = PinnedFilter.Text(request, property);
        var chosen = pinned is null ? parts : [.. parts.Where(p => p.Level == pinned)];

        // A level that no part has matches no row: keep one part's shape and let it return nothing.
        return chosen.Length == 0
            ? parts[0].Rows.Where(_ => false)
            : chosen.Skip(1).Aggregate(chosen[0].Rows, (union, part) => union.Concat(part.Rows));
    }
}
