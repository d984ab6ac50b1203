using System.ComponentModel;
using System.Reflection;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Vocabularies;
using Microsoft.OData.Edm.Vocabularies.V1;
using Microsoft.OData.ModelBuilder;
using Transparency.Web.Api.Insights;
using Transparency.Web.Api.Model;

namespace Transparency.Web.Api;

/// <summary>
/// The whole OData model of the public API in one place: the entity sets, their money precision, and the
/// Core.Description of every set and property, taken from the [Description] on the API types.
/// </summary>
public static class PublicEdmModel
{
    public const string Namespace = "Transparency";

    public static IEdmModel Build()
    {
        var builder = new ODataConventionModelBuilder { Namespace = Namespace, ContainerName = "Transparency" };

        // Entity sets. Navigation properties bind to these by type; a new slice adds its sets here.
        builder.EntitySet<Organisation>("Organisations");
        builder.EntitySet<ParentGroup>("ParentGroups");
        builder.EntitySet<Contract>("Contracts");
        builder.EntitySet<KpiDefinition>("KpiDefinitions");
        builder.EntitySet<KpiResult>("KpiResults");
        builder.EntitySet<Funding>("Funding");
        builder.EntitySet<Subcontract>("Subcontracts");
        builder.EntitySet<Satisfaction>("Satisfaction");
        builder.EntitySet<Return>("Returns");
        builder.EntitySet<ReturnVersion>("ReturnVersions");
        InsightsEdmModel.Add(builder);
        DeclarationOrder(builder);

        // Money is pounds with exactly two decimal places.
        Money(builder.EntityType<Contract>().Property(c => c.TotalValue));
        Money(builder.EntityType<Funding>().Property(f => f.Amount));
        Money(builder.EntityType<Subcontract>().Property(s => s.ValuePaidInQuarter));
        Money(builder.EntityType<Subcontract>().Property(s => s.TotalValue));

        foreach (var type in builder.StructuralTypes)
        {
            type.Namespace = Namespace;
        }

        foreach (var type in builder.EnumTypes)
        {
            type.Namespace = Namespace;
        }

        var model = (EdmModel)builder.GetEdmModel();
        AddDescriptions(model);
        InsightsEdmModel.Describe(model, (target, description) => Describe(model, target, description));
        CapabilitiesAnnotations.Add(model, set => ClrType(model, set.EntityType)?.Namespace == typeof(Insights.Model.KpiMix).Namespace);
        return model;
    }

    /// <summary>
    /// Structural properties in the order the API types declare them, so the JSON, the CSV and $metadata list columns
    /// alike (left to the conventions, a property configured below would move to the front).
    /// </summary>
    private static void DeclarationOrder(ODataConventionModelBuilder builder)
    {
        foreach (var type in builder.StructuralTypes.Where(t => t.ClrType.Namespace == typeof(Contract).Namespace).ToList())
        {
            foreach (var property in type.ClrType.GetProperties())
            {
                var clr = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (clr.IsEnum)
                {
                    type.AddEnumProperty(property);
                }
                else if (clr.IsPrimitive || clr == typeof(string) || clr == typeof(decimal) || clr == typeof(DateOnly) || clr == typeof(DateTime))
                {
                    type.AddProperty(property);
                }
            }
        }
    }

    private static void Money(DecimalPropertyConfiguration property)
    {
        property.Precision = 19;
        property.Scale = 2;
    }

    private static void AddDescriptions(EdmModel model)
    {
        foreach (var set in model.EntityContainer.EntitySets())
        {
            Describe(model, set, ClrType(model, set.EntityType)?.GetCustomAttribute<DescriptionAttribute>()?.Description);
        }

        foreach (var type in model.SchemaElements.OfType<IEdmStructuredType>())
        {
            var clrType = ClrType(model, type);
            Describe(model, (IEdmVocabularyAnnotatable)type, clrType?.GetCustomAttribute<DescriptionAttribute>()?.Description);
            foreach (var property in type.DeclaredProperties)
            {
                Describe(model, property, clrType?.GetProperty(property.Name)?.GetCustomAttribute<DescriptionAttribute>()?.Description);
            }
        }
    }

    private static Type? ClrType(IEdmModel model, IEdmType type) => model.GetAnnotationValue<ClrTypeAnnotation>(type)?.ClrType;

    private static void Describe(EdmModel model, IEdmVocabularyAnnotatable target, string? description)
    {
        if (string.IsNullOrEmpty(description))
        {
            return;
        }

        var annotation = new EdmVocabularyAnnotation(target, CoreVocabularyModel.DescriptionTerm, new EdmStringConstant(description));
        annotation.SetSerializationLocation(model, EdmVocabularyAnnotationSerializationLocation.Inline);
        model.AddVocabularyAnnotation(annotation);
    }
}
