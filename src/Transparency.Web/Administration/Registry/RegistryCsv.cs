using System.Globalization;
using System.Text;
using CsvHelper;
using Transparency.Web.Domain.Fields;

namespace Transparency.Web.Administration.Registry;

/// <summary>
/// Reads a registry CSV (UTF-8, header row, columns in any order) into rows of text. Problems with the file itself
/// (encoding, missing or unknown columns, too many rows) are reported on row 1 or the row concerned.
/// </summary>
public static class RegistryCsv
{
    public const int MaxRows = 50_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static List<(int Row, TRow Data)> Read<TRow>(byte[] content, IReadOnlyList<RegistryColumn<TRow>> columns, List<RegistryProblem> problems)
        where TRow : new()
    {
        var rows = new List<(int, TRow)>();
        try
        {
            StrictUtf8.GetCharCount(content);
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new RegistryProblem(null, "file", string.Empty,
                "Save the file as 'CSV UTF-8 (Comma delimited)' in Excel, or choose UTF-8 encoding when you save it, then upload it again"));
            return rows;
        }

        using var csv = CsvReader.Create(content, new CsvReaderOptions { Separator = ',', TrimWhitespace = true, SkipEmptyLines = true });
        var positions = MatchHeader(csv.Headers, columns, problems);
        if (positions is null)
        {
            return rows;
        }

        while (csv.Read())
        {
            var rowNumber = (int)Math.Min(csv.RowNumber + 1, int.MaxValue);
            if (rows.Count == MaxRows)
            {
                problems.Add(new RegistryProblem(rowNumber, "file", string.Empty,
                    string.Create(CultureInfo.InvariantCulture, $"Split the file: one import can hold up to {MaxRows:N0} rows")));
                break;
            }

            var row = new TRow();
            foreach (var (column, index) in positions)
            {
                column.Set(row, index < csv.FieldCount ? csv.GetString(index) : null);
            }

            rows.Add((rowNumber, row));
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new RegistryProblem(2, "file", string.Empty, "Add at least one row below the header row"));
        }

        return rows;
    }

    private static List<(RegistryColumn<TRow> Column, int Index)>? MatchHeader<TRow>(
        IReadOnlyList<string> header, IReadOnlyList<RegistryColumn<TRow>> columns, List<RegistryProblem> problems)
    {
        var known = columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var positions = new List<(RegistryColumn<TRow>, int)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var before = problems.Count;
        for (var i = 0; i < header.Count; i++)
        {
            var name = Normalise(header[i]);
            if (name.Length == 0)
            {
                continue;
            }

            if (!known.TryGetValue(name, out var column))
            {
                problems.Add(new RegistryProblem(1, header[i], header[i], NearestName.Find(name, columns.Select(c => c.Name)) is { } close
                    ? $"Rename or remove the column '{header[i]}'. Did you mean '{close}'?"
                    : $"Rename or remove the column '{header[i]}'. The columns are: {string.Join(", ", columns.Select(c => c.Name))}"));
            }
            else if (!seen.Add(name))
            {
                problems.Add(new RegistryProblem(1, header[i], header[i], $"Remove the second '{column.Name}' column"));
            }
            else
            {
                positions.Add((column, i));
            }
        }

        foreach (var missing in columns.Where(c => c.Required && !seen.Contains(c.Name)))
        {
            problems.Add(new RegistryProblem(1, missing.Name, string.Empty, $"Add a column headed '{missing.Name}'"));
        }

        return problems.Count == before ? positions : null;
    }

    /// <summary>"Legal form", "legal-form" and "LEGAL_FORM " all name the column legal_form.</summary>
    private static string Normalise(string header) =>
        header.Trim().TrimStart('\uFEFF').ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
}
