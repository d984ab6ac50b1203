using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Vocabularies;
using Microsoft.OData.Edm.Vocabularies.V1;

namespace Transparency.Web.Api;

/// <summary>
/// What the service supports, said in $metadata with the OData Capabilities vocabulary so clients can discover it:
/// Intermediate conformance, $batch (JSON and multipart), key-as-segment, and per entity set what can be counted,
/// filtered, sorted, selected, expanded and searched, the limits that apply, and that nothing can be written.
/// The insight sets are aggregates: they cannot be expanded or searched.
/// </summary>
public static class CapabilitiesAnnotations
{
    private const string Capabilities = "Org.OData.Capabilities.V1.";

    public static void Add(EdmModel model, Func<IEdmEntitySet, bool> isInsight)
    {
        var container = model.EntityContainer;
        Annotate(model, container, "ConformanceLevel", new EdmEnumMemberExpression(
            ((IEdmEnumType)Term("ConformanceLevel").Type.Definition).Members.Single(m => m.Name == "Intermediate")));
        Annotate(model, container, "BatchSupported", new EdmBooleanConstant(true));
        Annotate(model, container, "BatchSupport", Record(
            ("Supported", new EdmBooleanConstant(true)),
            ("ContinueOnErrorSupported", new EdmBooleanConstant(false)),
            ("ReferencesInRequestBodiesSupported", new EdmBooleanConstant(false)),
            ("SupportedFormats", Strings("multipart/mixed", "application/json"))));
        Annotate(model, container, "KeyAsSegmentSupported", new EdmBooleanConstant(true));
        Annotate(model, container, "SupportedFormats", Strings("application/json;odata.metadata=minimal;IEEE754Compatible=false;odata.streaming=true", "text/csv"));
        Annotate(model, container, "AsynchronousRequestsSupported", new EdmBooleanConstant(false));

        foreach (var set in container.EntitySets())
        {
            var insight = isInsight(set);
            Annotate(model, set, "CountRestrictions", Record(("Countable", new EdmBooleanConstant(true))));
            Annotate(model, set, "TopSupported", new EdmBooleanConstant(true));
            Annotate(model, set, "SkipSupported", new EdmBooleanConstant(true));
            Annotate(model, set, "ComputeSupported", new EdmBooleanConstant(!insight));
            Annotate(model, set, "FilterRestrictions", Record(("Filterable", new EdmBooleanConstant(true)), ("MaxLevels", new EdmIntegerConstant(ApiLimits.MaxAnyAllExpressionDepth))));
            Annotate(model, set, "SortRestrictions", Record(("Sortable", new EdmBooleanConstant(true))));
            Annotate(model, set, "SelectSupport", Record(("Supported", new EdmBooleanConstant(true))));
            Annotate(model, set, "ExpandRestrictions", Record(("Expandable", new EdmBooleanConstant(!insight)), ("MaxLevels", new EdmIntegerConstant(ApiLimits.MaxExpansionDepth))));
            Annotate(model, set, "SearchRestrictions", Record(("Searchable", new EdmBooleanConstant(!insight))));
            Annotate(model, set, "InsertRestrictions", Record(("Insertable", new EdmBooleanConstant(false))));
            Annotate(model, set, "UpdateRestrictions", Record(("Updatable", new EdmBooleanConstant(false))));
            Annotate(model, set, "DeleteRestrictions", Record(("Deletable", new EdmBooleanConstant(false))));
        }
    }

    private static IEdmTerm Term(string name) =>
        CapabilitiesVocabularyModel.Instance.FindTerm(Capabilities + name) ?? throw new InvalidOperationException($"The Capabilities vocabulary has no term {name}.");

    private static void Annotate(EdmModel model, IEdmVocabularyAnnotatable target, string term, IEdmExpression value)
    {
        if (model.FindVocabularyAnnotations(target).Any(a => a.Term.Name == term))
        {
            return;
        }

        var annotation = new EdmVocabularyAnnotation(target, Term(term), value);
        annotation.SetSerializationLocation(model, EdmVocabularyAnnotationSerializationLocation.Inline);
        model.AddVocabularyAnnotation(annotation);
    }

    private static EdmRecordExpression Record(params (string Name, IEdmExpression Value)[] properties) =>
        new(properties.Select(p => new EdmPropertyConstructor(p.Name, p.Value)));

    private static EdmCollectionExpression Strings(params string[] values) => new(values.Select(v => new EdmStringConstant(v)));
}
