using System.Text.RegularExpressions;
using Transparency.Web.Domain.Fields;
using Transparency.Web.Returns.Standard;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Parsing;

/// <summary>
/// Matches a header row to a section's fields. Order is free; names must be the standard's (case and
/// surrounding spaces aside). A near miss such as "Contract Reference" is refused with the exact name to use,
/// because silently accepting look-alikes would make the standard whatever each file says it is.
/// </summary>
public sealed partial class HeaderMap
{
    private readonly Dictionary<int, FieldDefinition> _columns;

    private HeaderMap(Dictionary<int, FieldDefinition> columns) => _columns = columns;

    public IReadOnlyDictionary<int, FieldDefinition> Columns => _columns;

    /// <summary>The map, or null when the header has problems (each reported); rows under a bad header are not read.</summary>
    public static HeaderMap? Create(SectionDefinition section, IReadOnlyList<(int Index, string Text)> headers, SourcePlace place, int headerRow, ReportBuilder report)
    {
        var columns = new Dictionary<int, FieldDefinition>();
        var ok = true;
        foreach (var (index, raw) in headers)
        {
            var text = raw.Trim().Trim('\uFEFF');
            if (text.Length == 0)
            {
                continue;
            }

            var field = section.Find(text);
            if (field is null)
            {
                ok = false;
                var suggestion = section.Fields.FirstOrDefault(f => f.Name == Normalise(text));
                var nearest = suggestion is null ? NearestName.Find(text, section.Fields.Select(f => f.Name)) : null;
                report.Error(RuleCodes.HeaderUnknown, (suggestion, nearest) switch
                {
                    ({ } exact, _) => $"Rename the column '{text}' in {place.HeaderWhere} to '{exact.Name}'. Column headers must be written exactly as the standard gives them.",
                    (null, { } close) => $"The column '{text}' in {place.HeaderWhere} is not part of the standard. Did you mean '{close}'? Rename it to that.",
                    _ => $"The column '{text}' in {place.HeaderWhere} is not part of the standard. Use only these column headers: {string.Join(", ", section.Fields.Select(f => f.Name))}.",
                },
                    place, headerRow, text, text);
                continue;
            }

            if (columns.ContainsValue(field))
            {
                ok = false;
                report.Error(RuleCodes.HeaderDuplicate,
                    $"The column '{field.Name}' appears twice in {place.HeaderWhere}. Delete one of them.", place, headerRow, field.Name, text);
                continue;
            }

            columns[index] = field;
        }

        foreach (var missing in section.Fields.Where(f => f.Required && !columns.ContainsValue(f)))
        {
            ok = false;
            report.Error(RuleCodes.HeaderMissing,
                $"Add a column headed '{missing.Name}' to {place.HeaderWhere}. It is required.",
                place, headerRow, missing.Name);
        }

        return ok ? new HeaderMap(columns) : null;
    }

    private static string Normalise(string header) =>
        NonWord().Replace(Separators().Replace(header.Trim().ToLowerInvariant(), "_"), string.Empty);

    [GeneratedRegex(@"[\s\-]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"[^a-z0-9_]")]
    private static partial Regex NonWord();
}
