using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Feeds;

/// <summary>
/// The OCDS 1.1.5 release, release package and record package schemas with the metrics, subcontracting,
/// performance failures and UK extensions merged into the release schema (JSON Merge Patch, as OCDS tools
/// do), loaded offline: the packages' absolute $refs are answered from memory.
/// </summary>
public sealed partial class OcdsSchemas
{
    public const string Base = "https://standard.open-contracting.org/schema/1__1__5/";

    private static readonly string[] ExtensionFolders =
    [
        Path.Combine("ocds-extensions", "ocds_metrics_extension"),
        Path.Combine("ocds-extensions", "ocds_subcontracting_extension"),
        Path.Combine("ocds-extensions", "ocds_performance_failures_extension"),
        "ocds-uk-extension",
    ];

    private static readonly Lazy<Task<OcdsSchemas>> Shared = new(LoadAsync);

    private OcdsSchemas(JsonSchema release, JsonSchema releasePackage, JsonSchema recordPackage, IReadOnlyList<string> stubbed)
    {
        Release = release;
        ReleasePackage = releasePackage;
        RecordPackage = recordPackage;
        Stubbed = stubbed;
    }

    public JsonSchema Release { get; }

    public JsonSchema ReleasePackage { get; }

    public JsonSchema RecordPackage { get; }

    /// <summary>Definitions the UK extension refers to but whose extensions are not in tests/reference-data; none is reachable from a release.</summary>
    public IReadOnlyList<string> Stubbed { get; }

    public static Task<OcdsSchemas> GetAsync() => Shared.Value;

    /// <summary>The merged release schema as JSON, for tests that inspect it.</summary>
    public static JsonObject MergedReleaseSchema(out IReadOnlyList<string> stubbed)
    {
        var schema = JsonNode.Parse(File.ReadAllText(ReferenceData.PathTo("ocds-schema-1.1.5", "release-schema.json")))!.AsObject();
        foreach (var folder in ExtensionFolders)
        {
            var patch = JsonNode.Parse(File.ReadAllText(ReferenceData.PathTo(folder, "release-schema.json")));
            schema = JsonMergePatch.Apply(schema, patch)!.AsObject();
        }

        stubbed = StubUnreachableMissingDefinitions(schema);
        return schema;
    }

    private static async Task<OcdsSchemas> LoadAsync()
    {
        var merged = MergedReleaseSchema(out var stubbed);
        var release = await JsonSchema.FromJsonAsync(merged.ToJsonString(), Base + "release-schema.json");
        var versioned = await JsonSchema.FromJsonAsync(Read("versioned-release-validation-schema.json"), Base + "versioned-release-validation-schema.json");
        var documents = new Dictionary<string, JsonSchema>
        {
            [Base + "release-schema.json"] = release,
            [Base + "versioned-release-validation-schema.json"] = versioned,
        };
        var releasePackage = await SchemaValidation.LoadAsync(Read("release-package-schema.json"), Base + "release-package-schema.json", documents);
        var recordPackage = await SchemaValidation.LoadAsync(Read("record-package-schema.json"), Base + "record-package-schema.json", documents);
        return new OcdsSchemas(release, releasePackage, recordPackage, stubbed);
    }

    private static string Read(string name) => File.ReadAllText(ReferenceData.PathTo("ocds-schema-1.1.5", name));

    /// <summary>
    /// The UK extension patches definitions of extensions it depends on (location, bids, techniques…) that
    /// tests/reference-data does not hold, so a few of its $refs point nowhere. A schema library cannot load dangling
    /// references; each missing definition gets an empty stub, and loading fails if a release could ever
    /// reach one, so the stubs can never hide an error in what the portal writes.
    /// </summary>
    private static List<string> StubUnreachableMissingDefinitions(JsonObject schema)
    {
        var definitions = schema["definitions"]!.AsObject();
        var missing = RefsIn(schema).Where(name => !definitions.ContainsKey(name)).Distinct().Order().ToList();
        var reachable = new HashSet<string>();
        var queue = new Queue<JsonNode>([schema["properties"]!]);
        while (queue.Count > 0)
        {
            foreach (var name in RefsIn(queue.Dequeue()))
            {
                if (reachable.Add(name) && definitions[name] is { } definition)
                {
                    queue.Enqueue(definition);
                }
            }
        }

        var reachableMissing = missing.Where(reachable.Contains).ToList();
        if (reachableMissing.Count > 0)
        {
            throw new InvalidOperationException($"A release can reach definitions missing from the merged schema: {string.Join(", ", reachableMissing)}.");
        }

        foreach (var name in missing)
        {
            definitions[name] = new JsonObject();
        }

        return missing;
    }

    private static IEnumerable<string> RefsIn(JsonNode node) =>
        LocalRef().Matches(node.ToJsonString()).Select(m => m.Groups[1].Value);

    [GeneratedRegex("\"\\$ref\":\"#/definitions/([A-Za-z0-9_]+)\"")]
    private static partial Regex LocalRef();
}
