using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Transparency.Web.Returns.Standard;

/// <summary>
/// The JSON Schema (draft 2020-12) of the JSON form, and an example document, built from the definitions.
/// The schema is a little stricter than the portal (numbers as JSON numbers, codes in lower case), so a
/// document that passes it always passes the portal's reading of values.
/// </summary>
public static class ReturnJsonSchema
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Render()
    {
        var properties = new JsonObject
        {
            ["$schema"] = new JsonObject { ["type"] = "string" },
            ["standard"] = new JsonObject { ["const"] = ReturnStandard.Version, ["description"] = "The version of the standard the document follows." },
            ["quarter"] = Field(ReturnStandard.Funding.Fields[0], includeNull: false),
        };
        var definitions = new JsonObject();
        foreach (var section in ReturnStandard.Sections)
        {
            properties[section.JsonName] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = section.Description,
                ["items"] = new JsonObject { ["$ref"] = $"#/$defs/{section.JsonName}" },
            };
            definitions[section.JsonName] = Item(section);
        }

        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"urn:transparency:return:{ReturnStandard.Version}",
            ["title"] = $"Quarterly return, data standard {ReturnStandard.Version}",
            ["description"] = "A provider's quarterly return: funding, KPI results, subcontracts and satisfaction. The quarter is given once for the document.",
            ["type"] = "object",
            ["required"] = new JsonArray("quarter"),
            ["additionalProperties"] = false,
            ["properties"] = properties,
            ["$defs"] = definitions,
        };
        return schema.ToJsonString(Indented);
    }

    /// <summary>A document with one item in each section, each value the field's example.</summary>
    public static string Example()
    {
        var document = new JsonObject
        {
            ["$schema"] = $"/standard/{ReturnStandard.PathVersion}/return.schema.json",
            ["standard"] = ReturnStandard.Version,
            ["quarter"] = ReturnStandard.Funding.Fields[0].Example,
        };
        foreach (var section in ReturnStandard.Sections)
        {
            var item = new JsonObject();
            foreach (var field in section.Fields.Where(f => f.Name != FieldNames.Quarter))
            {
                item[field.Name] = ExampleValue(field);
            }

            document[section.JsonName] = new JsonArray(item);
        }

        return document.ToJsonString(Indented);
    }

    private static JsonObject Item(SectionDefinition section) => new()
    {
        ["type"] = "object",
        ["title"] = section.Title,
        ["additionalProperties"] = false,
        ["required"] = new JsonArray(section.Fields.Where(f => f.Required && f.Name != FieldNames.Quarter).Select(f => (JsonNode)f.Name).ToArray()),
        ["properties"] = new JsonObject(section.Fields.Select(f => KeyValuePair.Create(f.Name, (JsonNode?)Field(f, includeNull: !f.Required)))),
    };

    private static JsonObject Field(FieldDefinition field, bool includeNull)
    {
        var schema = new JsonObject();
        var type = field.Type switch
        {
            FieldType.Money or FieldType.Number or FieldType.Percentage => "number",
            FieldType.WholeNumber => "integer",
            _ => "string",
        };
        schema["type"] = includeNull ? new JsonArray(type, "null") : type;
        schema["title"] = field.Title;
        schema["description"] = field.Unit is null ? field.Meaning : $"{field.Meaning} Unit: {field.Unit}.";
        switch (field.Type)
        {
            case FieldType.Code:
                schema["enum"] = new JsonArray(field.AllowedValues.Select(v => (JsonNode?)v).Concat(includeNull ? [null] : Array.Empty<JsonNode?>()).ToArray());
                break;
            case FieldType.Percentage:
                schema["minimum"] = 0;
                schema["maximum"] = 100;
                break;
            case FieldType.Money or FieldType.WholeNumber when !field.AllowsNegative:
                schema["minimum"] = 0;
                break;
            case FieldType.Date:
                schema["format"] = "date";
                schema["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
                break;
            case FieldType.Quarter:
                schema["pattern"] = "^[0-9]{4}-[0-9]{2} Q[1-4]$";
                break;
            case FieldType.OrganisationId:
                schema["pattern"] = "^[A-Z]{2}-[A-Z0-9]{2,8}-[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$";
                break;
        }

        if (field.MaxLength is { } max)
        {
            schema["maxLength"] = max;
        }

        if (field.Pattern is { } pattern)
        {
            schema["pattern"] = pattern;
        }

        schema["examples"] = new JsonArray(ExampleValue(field));
        return schema;
    }

    private static JsonValue ExampleValue(FieldDefinition field) => field.Type switch
    {
        FieldType.Money or FieldType.Number or FieldType.Percentage => JsonValue.Create(decimal.Parse(field.Example, CultureInfo.InvariantCulture)),
        FieldType.WholeNumber => JsonValue.Create(long.Parse(field.Example, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(field.Example),
    };
}
