using System.Text;
using NJsonSchema;
using NJsonSchema.Validation;
using Transparency.Web.Data;
using Transparency.Web.Returns.Standard;
using Transparency.Web.Returns.Validation;

namespace Transparency.Tests.Returns;

public sealed class DataStandardTests
{
    [Fact]
    public void ContentPage_MatchesTheDefinitions()
    {
        var root = PortalPaths.FindRoot(AppContext.BaseDirectory);
        var committed = File.ReadAllText(Path.Combine(root, "content", DataStandardMarkdown.RelativePath)).ReplaceLineEndings("\n");

        // When this fails, run: dotnet run --project src/Transparency.Web -- write-data-standard
        Assert.Equal(DataStandardMarkdown.Render(), committed);
    }

    [Fact]
    public void ContentPage_DescribesEveryFieldAndRule()
    {
        var page = DataStandardMarkdown.Render();

        Assert.All(ReturnStandard.Sections.SelectMany(s => s.Fields), f => Assert.Contains($"| `{f.Name}` |", page, StringComparison.Ordinal));
        Assert.All(RuleCatalogue.Rules, r => Assert.Contains($"| `{r.Code}` |", page, StringComparison.Ordinal));
        Assert.Contains("CSV UTF-8 (Comma delimited)", page, StringComparison.Ordinal);
        Assert.Contains("commas between thousands: `1,250.50`", page, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleCatalogue_ListsEveryRuleCodeOnce()
    {
        var codes = typeof(RuleCodes).GetFields().Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal);

        Assert.Equal(codes, RuleCatalogue.Rules.Select(r => r.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task JsonSchema_IsValidAndAcceptsTheExample()
    {
        var schema = await JsonSchema.FromJsonAsync(ReturnJsonSchema.Render());

        var errors = schema.Validate(ReturnJsonSchema.Example());

        Assert.Empty(errors);
        Assert.Equal(ReturnStandard.Sections.Select(s => s.JsonName), schema.Properties.Keys.Where(k => ReturnStandard.Sections.Any(s => s.JsonName == k)));
    }

    [Fact]
    public async Task JsonSchema_RefusesUnknownFieldsAndBadCodes()
    {
        var schema = await JsonSchema.FromJsonAsync(ReturnJsonSchema.Render());

        var errors = schema.Validate("""{"quarter":"2025-26 Q2","funding":[{"contract_reference":"X","payment_type":"bonus","amount":1,"amount_gbp":2}]}""");

        var all = Flatten(errors).ToList();
        Assert.Contains(all, e => e.Kind == ValidationErrorKind.NotInEnumeration && e.Path!.EndsWith("payment_type", StringComparison.Ordinal));
        Assert.Contains(all, e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && e.Path!.EndsWith("amount_gbp", StringComparison.Ordinal));
    }

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child
            ? Flatten(child.Errors.SelectMany(c => c.Value)).Prepend(e)
            : [e]);

    [Fact]
    public void CsvTemplates_HaveBomAndTheSectionHeaders()
    {
        foreach (var section in ReturnStandard.Sections)
        {
            var bytes = CsvTemplates.Render(section);

            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            Assert.Equal(string.Join(',', section.Fields.Select(f => f.Name)) + "\r\n", Encoding.UTF8.GetString(bytes[3..]));
        }
    }
}
