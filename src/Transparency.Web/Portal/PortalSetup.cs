using Transparency.Web.Accounts;
using Transparency.Web.Portal.Tables;

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
            o.Conventions.ConfigureFilter(new TableCsvResultFilter());
        });
        builder.Services.AddScoped<DemonstrationNotice>();
        return builder;
    }

    public static WebApplication MapTransparencyPortal(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
