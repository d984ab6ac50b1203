using Transparency.Web.Administration.Registry;

namespace Transparency.Web.Administration;

/// <summary>
/// Administration services: the registry of organisations, contracts and KPI definitions (forms and CSV),
/// the deadline rule and the timeliness report. The admin pages live in Portal/Admin.
/// </summary>
public static class AdministrationSetup
{
    public static WebApplicationBuilder AddTransparencyAdministration(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DeadlineRules>();
        builder.Services.AddScoped<TimelinessReport>();
        builder.Services.AddScoped<OrganisationRegistry>();
        builder.Services.AddScoped<ContractRegistry>();
        builder.Services.AddScoped<KpiRegistry>();
        builder.Services.AddScoped<RegistryImporter>();
        return builder;
    }
}
