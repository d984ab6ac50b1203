using Transparency.Web.Returns.Api;
using Transparency.Web.Returns.Standard;
using Transparency.Web.Returns.Validation;
using Transparency.Web.Returns.Workflow;

namespace Transparency.Web.Returns;

/// <summary>
/// The returns slice: the data standard and its downloads, the upload readers and checks, and the workflow
/// services (submit, preview, publish, restate, withdraw, history) that the portal pages and the API call.
/// </summary>
public static class ReturnsSetup
{
    public const string StandardPath = "/standard/" + ReturnStandard.PathVersion;

    public static WebApplicationBuilder AddTransparencyReturns(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReturnsOptions>().BindConfiguration(ReturnsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StandardDownloads>();
        builder.Services.AddScoped<OriginalFileStore>();
        builder.Services.AddScoped<ReturnValidator>();
        builder.Services.AddScoped<ReturnDeadlineRule>();
        builder.Services.AddScoped<ReturnSubmissionService>();
        builder.Services.AddScoped<FactWriter>();
        builder.Services.AddScoped<ReturnPublisher>();
        builder.Services.AddScoped<ReturnWithdrawal>();
        builder.Services.AddScoped<ReturnQueries>();
        ReturnsApiDocument.Add(builder.Services);
        return builder;
    }

    /// <summary>
    /// An unforeseen failure under /api answers 500 problem details with no stack trace, in every environment
    /// (Development's exception page is for the pages), so an API client always gets a body it can read.
    /// </summary>
    public static WebApplication UseTransparencyReturns(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), api => api.UseExceptionHandler());
        return app;
    }

    /// <summary>The standard's downloads, open to everyone, and the returns API for publishers.</summary>
    public static WebApplication MapTransparencyReturns(this WebApplication app)
    {
        app.MapReturnsApi();
        var standard = app.MapGroup(StandardPath).AllowAnonymous().WithTags("Data standard");
        standard.MapGet("/return.schema.json", (StandardDownloads d) => Results.File(d.Schema, ContentTypes.SchemaJson, "return.schema.json"));
        standard.MapGet("/example.json", (StandardDownloads d) => Results.File(d.Example, ContentTypes.Json, "example.json"));
        standard.MapGet("/templates/return.xlsx", (StandardDownloads d) => Results.File(d.Workbook, ContentTypes.Xlsx, "return.xlsx"));
        standard.MapGet("/templates/{section}.csv", (string section, StandardDownloads d) =>
            d.CsvTemplate(section) is { } bytes ? Results.File(bytes, ContentTypes.Csv, $"{section.ToLowerInvariant()}.csv") : Results.NotFound());
        standard.MapGet("/data-standard.md", () => Results.Text(DataStandardMarkdown.Render(), ContentTypes.Markdown));
        return app;
    }
}
