using System.Text.Json;
using Transparency.Web.Domain;
using Transparency.Web.Returns.Standard;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Parsing;

/// <summary>
/// Reads the JSON form: <c>{"standard": "1.0", "quarter": "2025-26 Q2", "funding": [ {…} ], "kpi_results": […], …}</c>.
/// Items use the same field names as the CSV headers. The quarter is given once for the document; an item may
/// repeat it, and then it must agree.
/// </summary>
public static class JsonReturnReader
{
    private const int MaxDepth = 16;

    /// <summary>How deep the JSON nests when it is valid at any depth up to 4,096; 0 when it is not valid JSON at all.</summary>
    private static int Depth(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 4096, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var deepest = 0;
            while (reader.Read())
            {
                deepest = Math.Max(deepest, reader.CurrentDepth + 1);
            }

            return deepest;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    public static List<RawTable>? Read(UploadedFile file, Quarter quarter, ReturnsOptions limits, ReportBuilder report)
    {
        var source = file.DisplayName;
        var place = new SourcePlace(source, null);
        if (TextDecoding.Utf8Body(file.Content, source, report) is not { } body)
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException error)
        {
            var line = (int)(error.LineNumber ?? 0) + 1;
            if (Depth(body.Span) is > MaxDepth and var depth)
            {
                report.Error(RuleCodes.JsonShape,
                    $"'{source}' is valid JSON but nested {depth} levels deep; a return is at most 3 (the document, a section's list, a line). See the example at {ReturnsSetup.StandardPath}/example.json.",
                    place, line);
                return null;
            }

            report.Error(RuleCodes.JsonInvalid,
                $"'{source}' is not valid JSON: the problem is on line {line}. Check for a missing comma, quote mark or bracket there.", place, line);
            return null;
        }

        using (document)
        {
            try
            {
                return ReadDocument(document, source, quarter, place, limits, report);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json parses "\ud800" without complaint but cannot turn it into a string.
                report.Error(RuleCodes.TextCharacterNotAllowed,
                    $"'{source}' has a \\u escape for half a character (an unpaired UTF-16 surrogate, like \\ud800) in a property name or the quarter. Write the whole character, or remove it.", place);
                return null;
            }
        }
    }

    private static List<RawTable>? ReadDocument(JsonDocument document, string source, Quarter quarter, SourcePlace place, ReturnsOptions limits, ReportBuilder report)
    {
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                report.Error(RuleCodes.JsonShape,
                    $"'{source}' must hold one JSON object with the properties quarter, {string.Join(", ", ReturnStandard.Sections.Select(s => s.JsonName))}. See the example at /standard/v1/example.json.",
                    place);
                return null;
            }

            var documentQuarter = ReadHeader(document.RootElement, source, quarter, place, report);
            var tables = new List<RawTable>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var section = ReturnStandard.Sections.FirstOrDefault(s => s.JsonName == property.Name);
                if (section is not null && ReadSection(property.Value, section, documentQuarter, limits, report) is { } table)
                {
                    tables.Add(table);
                }
            }

            return tables;
        }
    }

    /// <summary>The string, or null when it holds an escaped half of a surrogate pair, which cannot become a .NET string.</summary>
    private static string? Text(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string RowReaderTitle(FieldDefinition field) => Validation.RowReader.Lower(field.Title);

    private static string ReadHeader(JsonElement root, string source, Quarter quarter, SourcePlace place, ReportBuilder report)
    {
        string? given = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "$schema":
                    break;
                case "standard":
                    if (property.Value.ValueKind != JsonValueKind.String || property.Value.GetString() != ReturnStandard.Version)
                    {
                        report.Error(RuleCodes.StandardVersion,
                            $"'{source}' says it follows version {property.Value.GetRawText()} of the standard. The portal reads version \"{ReturnStandard.Version}\": change the 'standard' property.",
                            place, column: "standard", value: property.Value.GetRawText());
                    }

                    break;
                case FieldNames.Quarter:
                    given = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
                    break;
                default:
                    if (!ReturnStandard.Sections.Any(s => s.JsonName == property.Name))
                    {
                        report.Error(RuleCodes.JsonPropertyUnknown,
                            $"'{source}' has a property '{property.Name}' that the standard does not have. Use only standard, quarter and {string.Join(", ", ReturnStandard.Sections.Select(s => s.JsonName))}.",
                            place, column: property.Name);
                    }

                    break;
            }
        }

        if (given is null)
        {
            report.Error(RuleCodes.ValueRequired,
                $"Add the quarter to '{source}', like \"quarter\": \"{quarter}\".", place, column: FieldNames.Quarter);
        }
        else if (!Quarter.TryParse(given, out var parsed, out _))
        {
            report.Error(RuleCodes.QuarterInvalid,
                $"Enter the quarter in '{source}' like \"{quarter}\". '{given}' is not a quarter.", place, column: FieldNames.Quarter, value: given);
        }
        else if (parsed != quarter)
        {
            report.Error(RuleCodes.QuarterMismatch,
                $"Change the quarter in '{source}' to \"{quarter}\": you are uploading the return for {quarter}, and the document says {parsed}.",
                place, column: FieldNames.Quarter, value: given);
        }

        // Items without their own quarter take the one chosen for the upload; a wrong document quarter is reported once, above.
        return quarter.ToString();
    }

    private static RawTable? ReadSection(JsonElement array, SectionDefinition section, string quarter, ReturnsOptions limits, ReportBuilder report)
    {
        var place = new SourcePlace(section.JsonName, section.Name, IsJson: true);
        if (array.ValueKind != JsonValueKind.Array)
        {
            report.Error(RuleCodes.JsonShape,
                $"'{section.JsonName}' must be a list of objects in square brackets, like \"{section.JsonName}\": [ {{ … }} ].", place);
            return null;
        }

        var table = new RawTable(section, place);
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var item in array.EnumerateArray())
        {
            number++;
            if (number > limits.MaxRowsPerSection)
            {
                report.Error(RuleCodes.RowsTooMany,
                    $"'{section.JsonName}' has more than {limits.MaxRowsPerSection:N0} items, the most one section may have.", place, number);
                return null;
            }

            if (item.ValueKind != JsonValueKind.Object)
            {
                report.Error(RuleCodes.JsonShape, $"Item {number} of '{section.JsonName}' must be an object in curly brackets, like {{ \"{section.Fields[1].Name}\": \"…\" }}.", place, number);
                continue;
            }

            var values = new Dictionary<string, string> { [FieldNames.Quarter] = quarter };
            var broken = false;
            foreach (var property in item.EnumerateObject())
            {
                var field = section.Fields.FirstOrDefault(f => f.Name == property.Name);
                if (field is null)
                {
                    if (unknown.Add(property.Name))
                    {
                        report.Error(RuleCodes.JsonPropertyUnknown,
                            $"Item {number} of '{section.JsonName}' has a property '{property.Name}' that the standard does not have. Use only: {string.Join(", ", section.Fields.Select(f => f.Name))}.",
                            place, number, property.Name);
                    }

                    continue;
                }

                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.Null:
                        values.Remove(field.Name);
                        break;
                    case JsonValueKind.String when Text(property.Value) is { } text:
                        values[field.Name] = text;
                        break;
                    case JsonValueKind.String:
                        broken = true;
                        report.Error(RuleCodes.TextCharacterNotAllowed,
                            $"Correct the {RowReaderTitle(field)} in item {number} of '{section.JsonName}': it has a \\u escape for half a character (an unpaired UTF-16 surrogate, like \\ud800). Write the whole character, or remove it.",
                            place, number, field.Name, property.Value.GetRawText());
                        break;
                    case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                        values[field.Name] = property.Value.GetRawText();
                        break;
                    default:
                        values[field.Name] = property.Value.GetRawText();
                        break;
                }
            }

            if (!broken)
            {
                table.Rows.Add(new RawRow(number, values));
            }
        }

        return table;
    }
}
