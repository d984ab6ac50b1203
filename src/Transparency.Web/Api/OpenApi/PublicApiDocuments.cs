using Microsoft.OpenApi;

namespace Transparency.Web.Api.OpenApi;

/// <summary>
/// OpenAPI at /swagger. OData controllers confuse ApiExplorer (duplicate key routes, $count paths, clashing
/// operation ids), so the document keeps one path per entity set and one per key, names operations after
/// the set, and describes the OData query options itself (<see cref="ODataQueryOptionsFilter"/>).
/// </summary>
public static class PublicApiDocuments
{
    public const string DocumentName = "v1";

    public static WebApplicationBuilder AddPublicApiDocuments(this WebApplicationBuilder builder)
    {
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Transparency public data API",
                Version = "v1",
                Description = "Read-only OData v4 API over the published returns of outsourced public services. " +
                    "The service document is /odata and the full model, with a description of every set and property, is /odata/$metadata. " +
                    "Money is in pounds, exact to the penny; quarters look like '2025-26 Q2'; times are UTC. " +
                    $"Pages hold {ApiLimits.DefaultPageSize} rows (up to {ApiLimits.MaxPageSize} with Prefer: odata.maxpagesize); follow @odata.nextLink for the next page. " +
                    "Every set also answers /$count, and ?$format=csv for CSV. Properties, /$value, navigation (Contracts(1)/Kpis, with /$count " +
                    "and /$ref) and named keys (Contracts(Id=1)) have their own addresses; POST /odata/$batch runs up to 50 GET requests at once. " +
                    "Errors are OData error bodies: 400, 404, 405 (the API is read-only), 406, 429, 501 or 503. " +
                    "The guide 'Querying the data' has worked examples.",
            });
            swagger.DocInclusionPredicate((_, api) => ODataPaths.IsDocumented("/" + (api.RelativePath ?? string.Empty).Split('?')[0]));
            swagger.CustomOperationIds(ODataPaths.OperationId);
            swagger.SchemaFilter<EnumNamesSchemaFilter>();
            swagger.OperationFilter<ODataQueryOptionsFilter>();
        });
        return builder;
    }

    public static WebApplication MapPublicApiDocuments(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(ui =>
        {
            ui.RoutePrefix = "swagger";
            ui.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "Transparency public data API");
        });
        return app;
    }
}
