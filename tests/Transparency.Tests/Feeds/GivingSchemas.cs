using System.Text.Json.Nodes;
using NJsonSchema;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Feeds;

/// <summary>
/// The 360Giving 1.4.3 package schema, written for JSON Schema draft 2020-12, validated with NJsonSchema,
/// which reads drafts 4 to 7 and does not understand $defs (RicoSuter/NJsonSchema#1536). The schemas use no
/// keyword whose meaning changed after draft 7, so they are translated mechanically ($defs → definitions)
/// after <see cref="Translate"/> checks that claim keyword by keyword and refuses any schema for which the
/// translation would not be exact. Draft 2020-12 treats "format" as an annotation by default, while
/// NJsonSchema asserts it; inside the schema's oneOf choices (date-time or date) that difference could
/// change a verdict either way, so documents are validated twice, with formats asserted and with formats
/// removed, and pass only when both find no error.
/// </summary>
public sealed class GivingSchemas
{
    private const string Folder = "360giving-schema-1.4.3";

    /// <summary>Keywords that appeared or changed meaning in drafts 2019-09 and 2020-12: their presence makes translation unsound.</summary>
    private static readonly HashSet<string> Untranslatable =
    [
        "prefixItems", "unevaluatedItems", "unevaluatedProperties", "dependentRequired", "dependentSchemas", "$dynamicRef",
        "$dynamicAnchor", "$anchor", "$recursiveRef", "$recursiveAnchor", "contains", "minContains", "maxContains",
        "if", "then", "else", "propertyNames", "$vocabulary", "additionalItems", "dependencies",
    ];

    /// <summary>Keywords that only describe; they may stand beside $ref, which older drafts would otherwise ignore.</summary>
    private static readonly HashSet<string> Annotations = ["title", "description", "rollUp", "codelist", "openCodelist", "$comment", "deprecated", "examples"];

    private static readonly HashSet<string> SchemaMaps = ["properties", "$defs", "definitions", "patternProperties"];
    private static readonly HashSet<string> SchemaValues = ["items", "not", "additionalProperties"];
    private static readonly HashSet<string> SchemaLists = ["oneOf", "anyOf", "allOf"];

    private static readonly Lazy<Task<GivingSchemas>> Shared = new(LoadAsync);

    private GivingSchemas(JsonSchema withFormats, JsonSchema withoutFormats)
    {
        WithFormats = withFormats;
        WithoutFormats = withoutFormats;
    }

    public JsonSchema WithFormats { get; }

    public JsonSchema WithoutFormats { get; }

    public static Task<GivingSchemas> GetAsync() => Shared.Value;

    public IReadOnlyList<string> Errors(string json) =>
        SchemaValidation.Errors(WithFormats, json).Select(e => "formats asserted: " + e)
            .Concat(SchemaValidation.Errors(WithoutFormats, json).Select(e => "formats as annotations: " + e))
            .ToList();

    /// <summary>Rewrites a 2020-12 schema as draft 7, or throws when a keyword would not mean the same there.</summary>
    public static JsonObject Translate(JsonObject schema, bool keepFormats)
    {
        var copy = schema.DeepClone().AsObject();
        copy["$schema"] = "http://json-schema.org/draft-07/schema#";
        Walk(copy, "#", keepFormats);
        return copy;
    }

    private static void Walk(JsonObject schema, string path, bool keepFormats)
    {
        if (schema.ContainsKey("$ref"))
        {
            var extra = schema.Select(p => p.Key).Where(k => k != "$ref" && !Annotations.Contains(k)).ToList();
            if (extra.Count > 0)
            {
                throw new NotSupportedException($"{path}: $ref beside {string.Join(", ", extra)} is evaluated in 2020-12 but ignored in draft 7.");
            }

            var target = schema["$ref"]!.GetValue<string>();
            schema["$ref"] = target.Replace("#/$defs/", "#/definitions/", StringComparison.Ordinal);
        }

        if (!keepFormats)
        {
            schema.Remove("format");
        }

        foreach (var (key, value) in schema.ToList())
        {
            if (Untranslatable.Contains(key))
            {
                throw new NotSupportedException($"{path}: '{key}' has no exact draft 7 equivalent.");
            }

            if (SchemaMaps.Contains(key) && value is JsonObject map)
            {
                foreach (var (name, child) in map)
                {
                    Walk(child!.AsObject(), $"{path}/{key}/{name}", keepFormats);
                }
            }
            else if (SchemaValues.Contains(key) && value is JsonObject child)
            {
                Walk(child, $"{path}/{key}", keepFormats);
            }
            else if (key == "items" && value is JsonArray)
            {
                throw new NotSupportedException($"{path}: an array of items schemas means prefixItems in 2020-12.");
            }
            else if (SchemaLists.Contains(key) && value is JsonArray list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    Walk(list[i]!.AsObject(), $"{path}/{key}/{i}", keepFormats);
                }
            }
        }

        if (schema["$defs"] is JsonObject defs)
        {
            schema.Remove("$defs");
            schema["definitions"] = defs;
        }
    }

    private static async Task<GivingSchemas> LoadAsync() => new(await LoadAsync(keepFormats: true), await LoadAsync(keepFormats: false));

    private static async Task<JsonSchema> LoadAsync(bool keepFormats)
    {
        var grant = Translate(Read("360-giving-schema.json"), keepFormats);
        var package = Translate(Read("360-giving-package-schema.json"), keepFormats);
        var grantUrl = grant["$id"]!.GetValue<string>();
        var grantSchema = await JsonSchema.FromJsonAsync(grant.ToJsonString(), grantUrl);
        return await SchemaValidation.LoadAsync(package.ToJsonString(), package["$id"]!.GetValue<string>(),
            new Dictionary<string, JsonSchema> { [grantUrl] = grantSchema });
    }

    private static JsonObject Read(string name) => JsonNode.Parse(File.ReadAllText(ReferenceData.PathTo(Folder, name)))!.AsObject();
}
