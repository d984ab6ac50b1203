using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Vocabularies;
using Microsoft.OData.ModelBuilder;
using Transparency.Web.Api.Insights.Model;

namespace Transparency.Web.Api.Insights;

/// <summary>
/// The insight views in the OData model (DECISIONS: insights as entity sets, with functions for a period).
/// Every view is an entity set over all published quarters; the six that add up money over a period also
/// have an unbound function taking the period, returning rows of the same set.
/// </summary>
public static class InsightsEdmModel
{
    private static readonly Dictionary<string, string> FunctionDescriptions = [];

    public static void Add(ODataConventionModelBuilder builder)
    {
        builder.EntitySet<QuarterTimeliness>("TimelinessByQuarter");
        builder.EntitySet<ProviderTimeliness>("TimelinessByProvider");
        builder.EntitySet<ReturnTimeliness>("ReturnTimeliness");
        builder.EntitySet<DataQualityScore>("DataQuality");
        builder.EntitySet<KpiMix>("KpiMix");
        builder.EntitySet<RatingDistribution>("RatingDistribution");
        builder.EntitySet<PersistentUnderperformance>("PersistentUnderperformance");
        builder.EntitySet<YearOnYear>("YearOnYear");
        builder.EntitySet<CohortGap>("CohortGaps");
        builder.EntitySet<RegionalVariation>("RegionalVariation");
        builder.EntitySet<PerformanceNoticeCoverage>("PerformanceNoticeCoverage");
        Period<FundingMix>(builder, "FundingMix", "Published funding by payment type, as the FundingMix set, for one quarter or financial year.");
        Period<MarketShare>(builder, "MarketShares", "Parent groups' shares of each market, as the MarketShares set, for one quarter or financial year.");
        Period<Concentration>(builder, "Concentration", "Market concentration, as the Concentration set, for one quarter or financial year.");
        Period<GroupReach>(builder, "GroupReach", "Parent groups' reach, as the GroupReach set, for one quarter or financial year.");
        Period<Subcontracting>(builder, "Subcontracting", "Funding passed to subcontractors, as the Subcontracting set, for one quarter or financial year.");
        Period<SubcontractingChain>(builder, "SubcontractingChains", "Subcontracting chains, as the SubcontractingChains set, for one quarter or financial year.");

        // Every property in declaration order (so JSON, CSV and $metadata list the columns alike); shares,
        // percentages, points and the HHI are rounded to two places, and money is pounds to the penny.
        foreach (var type in builder.StructuralTypes.Where(t => t.ClrType.Namespace == typeof(KpiMix).Namespace).ToList())
        {
            foreach (var property in type.ClrType.GetProperties())
            {
                if (type.AddProperty(property) is DecimalPropertyConfiguration configuration)
                {
                    configuration.Precision = 19;
                    configuration.Scale = InsightValues.Decimals;
                }
            }
        }
    }

    /// <summary>Describes the functions and their period parameter, which carry no [Description] of their own.</summary>
    public static void Describe(EdmModel model, Action<IEdmVocabularyAnnotatable, string> describe)
    {
        foreach (var import in model.EntityContainer.OperationImports())
        {
            if (FunctionDescriptions.TryGetValue(import.Name, out var description))
            {
                describe(import, description);
                describe(import.Operation, description);
                foreach (var parameter in import.Operation.Parameters)
                {
                    describe(parameter, InsightsPeriodParameter.Description);
                }
            }
        }
    }

    private static void Period<T>(ODataConventionModelBuilder builder, string set, string description)
        where T : class
    {
        builder.EntitySet<T>(set);
        var function = builder.Function(set + "For");
        function.Parameter<string>("period").Required();
        function.ReturnsCollectionFromEntitySet<T>(set);

        // A function import with parameters cannot be called from the service document, so CSDL forbids listing it there.
        function.IncludeInServiceDocument = false;
        FunctionDescriptions[set + "For"] = description;
    }
}
