using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Transparency.Tests.Feeds;

/// <summary>Validates documents with NJsonSchema, reading them so that dates stay strings and decimals stay exact.</summary>
public static class SchemaValidation
{
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal, MaxDepth = 256 };
        var token = JToken.Load(reader);
        return schema.Validate(token).SelectMany(Flatten).ToList();
    }

    /// <summary>Loads a schema whose absolute $ref to another document is answered from memory, never the network.</summary>
    public static Task<JsonSchema> LoadAsync(string json, string documentPath, IReadOnlyDictionary<string, JsonSchema> documents) =>
        JsonSchema.FromJsonAsync(json, documentPath, schema =>
        {
            var resolver = new JsonReferenceResolver(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()));
            foreach (var (url, document) in documents)
            {
                resolver.AddDocumentReference(url, document);
            }

            return resolver;
        });

    private static IEnumerable<string> Flatten(ValidationError error) =>
        error is ChildSchemaValidationError child && child.Errors.Count > 0
            ? child.Errors.SelectMany(e => e.Value).SelectMany(Flatten).Prepend($"{error.Path}: {error.Kind} (one of its branches)")
            : [$"{error.Path}: {error.Kind}"];
}
