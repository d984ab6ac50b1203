using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Accounts;

/// <summary>
/// Accounts: ASP.NET Core Identity on the portal's database (cookies for pages), provider API tokens
/// (bearer), the authorisation policies and the rate limits on sign-in and uploads.
/// </summary>
public static class AccountsSetup
{
    /// <summary>The default scheme: a bearer token when the request carries one, otherwise the sign-in cookie.</summary>
    public const string PortalScheme = "Portal";

    public static WebApplicationBuilder AddTransparencyAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccountsSettings>().BindConfiguration(AccountsSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        var settings = builder.Configuration.GetSection(AccountsSettings.Section).Get<AccountsSettings>() ?? new AccountsSettings();
        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddProblemDetails();
        builder.Services.AddTransparencyKeyRing();
        builder.Services.AddIdentity<PortalUser, IdentityRole>(o => ConfigureIdentity(o, settings))
            .AddEntityFrameworkStores<TransparencyDbContext>()
            .AddClaimsPrincipalFactory<PortalUserClaimsFactory>()
            .AddDefaultTokenProviders();
        builder.Services.ConfigureApplicationCookie(o => ConfigureCookie(o, settings, secure));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "transparency-antiforgery";
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__RequestVerificationToken";
        });

        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = PortalScheme;
                o.DefaultAuthenticateScheme = PortalScheme;
                o.DefaultChallengeScheme = PortalScheme;
                o.DefaultForbidScheme = PortalScheme;
            })
            .AddPolicyScheme(PortalScheme, "Sign-in cookie or provider API token", o =>
                o.ForwardDefaultSelector = context => ApiTokenAuthenticationHandler.HasBearer(context.Request)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PortalPolicies.Administrator, p => p
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireRole(PortalRoles.Administrator))
            .AddPolicy(PortalPolicies.Publisher, p => p
                .AddAuthenticationSchemes(PortalScheme)
                .RequireRole(PortalRoles.Provider)
                .RequireClaim(PortalClaimTypes.OrganisationId));

        builder.Services.AddRateLimiter(o => PortalRateLimiting.Configure(o, settings));
        builder.Services.AddScoped<ApiTokenService>();
        builder.Services.AddScoped<CurrentPublisher>();
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddScoped<PortalAccounts>();
        builder.Services.AddScoped<DemoAccounts>();
        return builder;
    }

    /// <summary>After routing: who is calling, then rate limits (which partition by caller), then authorisation.</summary>
    public static WebApplication UseTransparencyAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapTransparencyAccounts(this WebApplication app)
    {
        app.MapGet("/api/account", AccountEndpoint.GetAsync)
            .RequireAuthorization(PortalPolicies.Publisher)
            .WithName("GetAccount")
            .WithSummary("Whom the caller acts for: check that an API token works.");
        return app;
    }

    private static void ConfigureIdentity(IdentityOptions o, AccountsSettings settings)
    {
        // Length over composition rules, as the NCSC advises; Identity's default complexity rules are switched off.
        o.Password.RequiredLength = 12;
        o.Password.RequiredUniqueChars = 4;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = settings.MaxFailedSignInAttempts;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(settings.LockoutMinutes);
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o, AccountsSettings settings, CookieSecurePolicy secure)
    {
        o.Cookie.Name = "transparency-session";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = secure;
        o.ExpireTimeSpan = TimeSpan.FromMinutes(settings.SessionMinutes);
        o.SlidingExpiration = true;
        o.LoginPath = "/account/sign-in";
        o.LogoutPath = "/account/sign-out";
        o.AccessDeniedPath = "/account/access-denied";
        o.Events.OnRedirectToLogin = context => PortalProblems.IsApiRequest(context.Request)
            ? PortalProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Authentication required",
                "Send a provider API token in the Authorization header: 'Authorization: Bearer tpt_…'.")
            : Redirect(context);
        o.Events.OnRedirectToAccessDenied = context => PortalProblems.IsApiRequest(context.Request)
            ? PortalProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed",
                "Your account cannot do that. A provider can only act for its own organisation.")
            : Redirect(context);
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
