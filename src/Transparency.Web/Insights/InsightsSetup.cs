using Transparency.Web.Insights.Cohorts;
using Transparency.Web.Insights.Concentration;
using Transparency.Web.Insights.DataQuality;
using Transparency.Web.Insights.Outcomes;
using Transparency.Web.Insights.Performance;
using Transparency.Web.Insights.Regions;
using Transparency.Web.Insights.Subcontracting;
using Transparency.Web.Insights.Timeliness;

namespace Transparency.Web.Insights;

/// <summary>Registers the derived views. Each returns composable queries that the database evaluates.</summary>
public static class InsightsSetup
{
    public static WebApplicationBuilder AddTransparencyInsights(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IDeadlineRuleSource, AdministrationDeadlineRuleSource>();
        builder.Services.AddScoped<TimelinessInsights>();
        builder.Services.AddScoped<DataQualityInsights>();
        builder.Services.AddScoped<OutcomeInsights>();
        builder.Services.AddScoped<PerformanceInsights>();
        builder.Services.AddScoped<ConcentrationInsights>();
        builder.Services.AddScoped<SubcontractingInsights>();
        builder.Services.AddScoped<CohortInsights>();
        builder.Services.AddScoped<RegionInsights>();
        return builder;
    }
}
