namespace Transparency.Web.OcdsImport;

/// <summary>Import of OCDS release packages (such as Contracts Finder's) into organisations and contracts: <c>import-ocds</c>.</summary>
public static class OcdsImportSetup
{
    public static WebApplicationBuilder AddTransparencyOcdsImport(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OcdsImporter>();
        return builder;
    }
}
