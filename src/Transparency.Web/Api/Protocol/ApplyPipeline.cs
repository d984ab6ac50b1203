using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Transparency.Web.Api.Protocol;

/// <summary>
/// The $apply transformations the library's parser does not know (orderby, top, skip, topcount, bottomcount), when
/// they end the pipeline: they are the system options $orderby, $skip and $top applied to the pipeline's result, so
/// <c>$apply=groupby((Contract/Sector),aggregate(Amount with sum as Total))/topcount(3,Total)</c> is answered as
/// <c>$apply=groupby(…)&amp;$orderby=Total desc&amp;$top=3</c>. Anywhere else, with system options of their own, or
/// concat, they are valid OData this service does not run, and the request gets 501 rather than a wrong answer.
/// </summary>
public static class ApplyPipeline
{
    private static readonly string[] Trailing = ["orderby", "top", "skip", "topcount", "bottomcount"];
    private static readonly string[] Conflicting = ["$orderby", "$top", "$skip", "$filter", "$count", "$search"];

    /// <summary>The query string to run instead (null when nothing changes), or why the request cannot be answered.</summary>
    public static (QueryString? Rewritten, string? Unsupported) Rewrite(QueryString query)
    {
        var options = QueryHelpers.ParseQuery(query.Value);
        if (!options.TryGetValue("$apply", out var apply) || apply.Count != 1)
        {
            return (null, null);
        }

        var steps = Split(apply.ToString(), '/');
        var names = steps.Select(Name).ToList();
        if (names.Contains("concat"))
        {
            return (null, "$apply with concat is not supported. Send each sequence as a request of its own, in one $batch if you like.");
        }

        var first = names.FindIndex(n => Trailing.Contains(n));
        if (first < 0)
        {
            return (null, null);
        }

        if (names.Skip(first).Any(n => !Trailing.Contains(n)) || names.Skip(first + 1).Any(n => n is "orderby" or "topcount" or "bottomcount"))
        {
            return (null, "In $apply, orderby, top, skip, topcount and bottomcount are supported at the end of the pipeline only (orderby or topcount first, then top and skip).");
        }

        if (Conflicting.FirstOrDefault(options.ContainsKey) is { } conflict)
        {
            return (null, $"$apply ending in {names[first]} cannot be combined with {conflict}: put the step inside $apply instead.");
        }

        string? orderBy = null;
        long skip = 0;
        long? take = null;
        foreach (var step in steps.Skip(first))
        {
            var arguments = Split(Inner(step), ',');
            switch (Name(step))
            {
                case "orderby":
                    orderBy = Inner(step);
                    break;
                case "topcount" or "bottomcount" when arguments.Count == 2 && Count(arguments[0]) is { } n:
                    orderBy = arguments[1].Trim() + (Name(step) == "topcount" ? " desc" : " asc");
                    take = n;
                    break;
                case "top" when Count(Inner(step)) is { } n:
                    take = Math.Min(take ?? n, n);
                    break;
                case "skip" when Count(Inner(step)) is { } n:
                    skip += n;
                    take = take is { } t ? Math.Max(0, t - n) : null;
                    break;
                default:
                    return (null, $"'{step}' is not a valid $apply step: write orderby(Total desc), top(10), skip(10), topcount(10,Total) or bottomcount(10,Total).");
            }
        }

        var rewritten = new QueryBuilder(options.Where(o => o.Key != "$apply").SelectMany(o => o.Value.Select(v => KeyValuePair.Create(o.Key, v ?? string.Empty))));
        if (first > 0)
        {
            rewritten.Add("$apply", string.Join('/', steps.Take(first)));
        }

        if (orderBy is not null)
        {
            rewritten.Add("$orderby", orderBy);
        }

        if (skip > 0)
        {
            rewritten.Add("$skip", skip.ToString(CultureInfo.InvariantCulture));
        }

        if (take is { } top)
        {
            rewritten.Add("$top", top.ToString(CultureInfo.InvariantCulture));
        }

        return (rewritten.ToQueryString(), null);
    }

    private static string Name(string step) => step.Split('(', 2)[0].Trim();

    private static string Inner(string step)
    {
        var open = step.IndexOf('(', StringComparison.Ordinal);
        return open < 0 || !step.EndsWith(')') ? string.Empty : step[(open + 1)..^1];
    }

    private static long? Count(string text) => long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>Splits at the separator where it is outside parentheses and quoted text.</summary>
    private static List<string> Split(string text, char separator)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        var quoted = false;
        foreach (var c in text)
        {
            quoted ^= c == '\'';
            depth += quoted ? 0 : c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == separator && depth == 0 && !quoted)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        parts.Add(current.ToString());
        return parts;
    }
}
