using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Swashbuckle.AspNetCore.SwaggerUI;

namespace Transparency.Web.Returns.Api;

/// <summary>
/// A second Swashbuckle document, /swagger/returns/swagger.json, for the publishers' API. The public data
/// document keeps its own inclusion rule; only endpoints in the returns group enter this one.
/// </summary>
public static class ReturnsApiDocument
{
    public static void Add(IServiceCollection services)
    {
        services.PostConfigure<SwaggerGenOptions>(swagger =>
        {
            swagger.SwaggerDoc(ReturnsApi.GroupName, new OpenApiInfo
            {
                Title = "Transparency returns API",
                Version = "v1",
                Description = "For providers: upload, check, preview and publish quarterly returns. Authenticate with `Authorization: Bearer tpt_…` (a token an administrator issues). Problems are RFC 9457 problem details carrying the same entries as the portal's validation report.",
            });
            var inner = swagger.SwaggerGeneratorOptions.DocInclusionPredicate;
            swagger.SwaggerGeneratorOptions.DocInclusionPredicate = (document, api) => document == ReturnsApi.GroupName
                ? api.GroupName == ReturnsApi.GroupName
                : api.GroupName != ReturnsApi.GroupName && inner(document, api);
        });
        services.PostConfigure<SwaggerUIOptions>(ui => ui.SwaggerEndpoint($"/swagger/{ReturnsApi.GroupName}/swagger.json", "Transparency returns API"));
    }
}
