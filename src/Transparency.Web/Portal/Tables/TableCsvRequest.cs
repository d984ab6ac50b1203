using System.Text.RegularExpressions;

namespace Transparency.Web.Portal.Tables;

/// <summary>
/// A request for one table of a signed-in page as CSV (<c>?table-csv=name</c>), and the file the table's tag helper
/// leaves for <see cref="TableCsvResultFilter"/> to send while the page renders.
/// </summary>
public static partial class TableCsvRequest
{
    public const string QueryKey = "table-csv";

    private static readonly object AnswerKey = new();

    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    /// <summary>A table name made from text such as a KPI code: lower case, other characters as single hyphens.</summary>
    public static string Slug(string text)
    {
        var slug = NotNameCharacters().Replace(text.ToLowerInvariant(), "-").Trim('-');
        slug = slug.Length > 40 ? slug[..40].TrimEnd('-') : slug;
        return slug.Length == 0 ? "table" : slug;
    }

    /// <summary>The table a GET asks for, or null.</summary>
    public static string? Asked(HttpContext http) =>
        HttpMethods.IsGet(http.Request.Method) && http.Request.Query.TryGetValue(QueryKey, out var name) ? name.ToString() : null;

    public static void Answer(HttpContext http, string name, byte[] csv) => http.Items[AnswerKey] = new TableCsvFile(name, csv);

    public static TableCsvFile? Answered(HttpContext http) => http.Items.TryGetValue(AnswerKey, out var file) ? file as TableCsvFile : null;

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotNameCharacters();

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")]
    private static partial Regex NamePattern();
}

public sealed record TableCsvFile(string Name, byte[] Bytes);
