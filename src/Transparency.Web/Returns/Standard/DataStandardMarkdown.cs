using System.Text;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Standard;

/// <summary>
/// Renders content/data-standard.md, the provider guide, from the definitions. A test keeps the committed page
/// equal to this output; <c>dotnet run --project src/Transparency.Web -- write-data-standard</c> rewrites it.
/// </summary>
public static class DataStandardMarkdown
{
    public const string RelativePath = "data-standard.md";

    public static string Render()
    {
        var md = new StringBuilder();
        md.AppendLine("---")
            .AppendLine($"title: Return data standard, version {ReturnStandard.Version}")
            .AppendLine("description: Every field of the quarterly return, how to fill in the templates, and the checks the portal makes.")
            .AppendLine("---")
            .AppendLine()
            .AppendLine($"# Return data standard, version {ReturnStandard.Version}")
            .AppendLine()
            .AppendLine("Every quarter, each provider publishes a return with four sections: the **funding** it received under each contract, its **KPI results**, its **subcontracts** and what it paid for them, and what the people who use the service said about it (**satisfaction**). This page describes every field. The templates, the JSON Schema and the portal's checks are all built from the same definitions, so they always agree with this page.")
            .AppendLine();
        md.Append(DataStandardGuidance.Text.ReplaceLineEndings("\n")).AppendLine().AppendLine();
        foreach (var section in ReturnStandard.Sections)
        {
            AppendSection(section, md);
        }

        md.AppendLine("## Checks")
            .AppendLine()
            .AppendLine("The portal reports every problem it finds with where it is (file or sheet, row and column), the value it found and what to do. **Errors** stop a return being published; **warnings** do not. Each has a code that stays the same, for systems that upload through the API.")
            .AppendLine()
            .AppendLine("| Code | Kind | What it checks |")
            .AppendLine("| --- | --- | --- |");
        foreach (var (code, severity, checks) in RuleCatalogue.Rules)
        {
            md.AppendLine($"| `{code}` | {(severity == Severity.Error ? "Error" : "Warning")} | {checks} |");
        }

        return md.ToString().ReplaceLineEndings("\n");
    }

    private static void AppendSection(SectionDefinition section, StringBuilder md)
    {
        md.AppendLine($"## {section.Title}")
            .AppendLine()
            .AppendLine($"Sheet `{section.Name}`, file `{section.FileName}`, JSON property `{section.JsonName}`.")
            .AppendLine()
            .AppendLine(section.Description)
            .AppendLine()
            .AppendLine("| Field | Required | Type | Unit | Allowed values | Example | Meaning |")
            .AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var field in section.Fields)
        {
            var allowed = field.AllowedValues.Count > 0
                ? string.Join(", ", field.AllowedValues.Select(v => $"`{v}`"))
                : field.Type switch
                {
                    FieldType.Percentage => "0 to 100",
                    FieldType.Money when !field.AllowsNegative => "0 or more, 2 decimal places",
                    FieldType.Money => "2 decimal places",
                    FieldType.WholeNumber => "0 or more",
                    FieldType.Text when field.MaxLength is { } max => field.PatternHint is { } hint ? $"{hint}" : $"up to {max} characters",
                    FieldType.OrganisationId => "an org-id.guide identifier",
                    FieldType.Quarter => "the quarter being uploaded",
                    _ => string.Empty,
                };
            md.AppendLine($"| `{field.Name}` | {(field.Required ? "Yes" : "No")} | {field.TypeLabel} | {field.Unit ?? string.Empty} | {allowed} | `{field.Example}` | {field.Meaning} |");
        }

        md.AppendLine();
    }
}
