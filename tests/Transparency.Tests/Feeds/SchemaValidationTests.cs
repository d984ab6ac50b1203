using System.Text.Json.Nodes;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Feeds;

/// <summary>The validators the feed tests rely on: they load offline and they do find errors.</summary>
public sealed class SchemaValidationTests
{
    [Fact]
    public async Task OcdsSchemas_Load_StubOnlyDefinitionsNoReleaseReaches()
    {
        var schemas = await OcdsSchemas.GetAsync();

        Assert.Contains("Location", schemas.Stubbed);
        Assert.DoesNotContain("Metric", schemas.Stubbed);
        Assert.NotNull(schemas.Release.Definitions["Observation"].ActualProperties["measureClassification"]);
    }

    [Fact]
    public async Task ReleasePackage_OfficialExample_HasNoErrors()
    {
        var schemas = await OcdsSchemas.GetAsync();
        var json = await File.ReadAllTextAsync(ReferenceData.PathTo("ocds-examples", "fictional-1.1", "ocds-213czf-000-00001-06-implementation.json"));

        Assert.Empty(SchemaValidation.Errors(schemas.ReleasePackage, json));
    }

    [Fact]
    public async Task ReleasePackage_WhenTagAndObservationAreWrong_ReportsErrors()
    {
        var schemas = await OcdsSchemas.GetAsync();
        var package = JsonNode.Parse(await File.ReadAllTextAsync(ReferenceData.PathTo("ocds-examples", "fictional-1.1", "ocds-213czf-000-00001-06-implementation.json")))!;
        var release = package["releases"]![0]!;
        release["tag"] = new JsonArray("quarterlyReturn");
        release["contracts"]![0]!["implementation"]!["metrics"] = new JsonArray(new JsonObject { ["id"] = "K1", ["observations"] = new JsonArray(new JsonObject { ["measureClassification"] = "met" }) });

        var errors = SchemaValidation.Errors(schemas.ReleasePackage, package.ToJsonString());

        Assert.Contains(errors, e => e.Contains("tag", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("measureClassification", StringComparison.Ordinal) || e.Contains("observations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GivingPackage_WhenFunderMissingAndAmountText_ReportsErrors()
    {
        var schemas = await GivingSchemas.GetAsync();
        var grant = ValidGrant();
        grant.Remove("fundingOrganization");
        grant["amountAwarded"] = "£100";

        var errors = schemas.Errors(new JsonObject { ["grants"] = new JsonArray(grant) }.ToJsonString());

        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Contains("amountAwarded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GivingPackage_ValidGrant_HasNoErrorsInEitherMode()
    {
        var schemas = await GivingSchemas.GetAsync();

        Assert.Empty(schemas.Errors(new JsonObject { ["grants"] = new JsonArray(ValidGrant()), ["version"] = "1.4" }.ToJsonString()));
    }

    [Fact]
    public async Task GivingPackage_WhenAwardDateIsDateOnly_FailsWithFormatsAsAnnotations()
    {
        // Under 2020-12's default (format is an annotation) "2025-04-01" matches both oneOf branches.
        var schemas = await GivingSchemas.GetAsync();
        var grant = ValidGrant();
        grant["awardDate"] = "2025-04-01";

        var errors = schemas.Errors(new JsonObject { ["grants"] = new JsonArray(grant) }.ToJsonString());

        Assert.Contains(errors, e => e.StartsWith("formats as annotations:", StringComparison.Ordinal) && e.Contains("awardDate", StringComparison.Ordinal));
    }

    [Fact]
    public void Translate_WhenSchemaUsesPrefixItems_Refuses()
    {
        var schema = new JsonObject { ["$defs"] = new JsonObject { ["Pair"] = new JsonObject { ["prefixItems"] = new JsonArray(new JsonObject()) } } };

        var error = Assert.Throws<NotSupportedException>(() => GivingSchemas.Translate(schema, keepFormats: true));

        Assert.Contains("prefixItems", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_WhenRefHasAssertingSibling_Refuses()
    {
        var schema = new JsonObject { ["properties"] = new JsonObject { ["a"] = new JsonObject { ["$ref"] = "#/$defs/A", ["minItems"] = 1 } } };

        Assert.Throws<NotSupportedException>(() => GivingSchemas.Translate(schema, keepFormats: true));
    }

    private static JsonObject ValidGrant() => new()
    {
        ["id"] = "360G-test-1",
        ["title"] = "Test grant",
        ["description"] = "A grant",
        ["currency"] = "GBP",
        ["amountAwarded"] = 100.5m,
        ["awardDate"] = "2025-04-01T00:00:00Z",
        ["recipientOrganization"] = new JsonArray(new JsonObject { ["id"] = "GB-CHC-1234567", ["name"] = "A charity" }),
        ["fundingOrganization"] = new JsonArray(new JsonObject { ["id"] = "GB-GOR-D18", ["name"] = "A department" }),
    };
}
