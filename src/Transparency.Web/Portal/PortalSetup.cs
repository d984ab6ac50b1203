using Transparency.Web.Accounts;

namespace Transparency.Web.Portal;

/// <summary>
/// The provider and admin pages (Razor Pages under Portal/, routed under /account, /provider and /admin),
/// their shared layout and the GOV.UK Frontend form helpers.
/// </summary>
public static class PortalSetup
{
    public static WebApplicationBuilder AddTransparencyPortal(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Portal";
            o.Conventions.AuthorizeFolder("/Admin", PortalPolicies.Administrator);
            o.Conventions.AuthorizeFolder("/Provider", PortalPolicies.Publisher);
            o.Conventions.AuthorizeFolder("/Account");
            o.Conventions.AllowAnonymousToPage("/Account/SignIn");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
        });
        builder.Services.AddScoped<DemonstrationNotice>();
        return builder;
    }

    /// <summary>Headers every portal response carries; HSTS outside Development.</summary>
    public static WebApplication UseTransparencyPortal(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            await next(context);
        });
        return app;
    }

    public static WebApplication MapTransparencyPortal(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
