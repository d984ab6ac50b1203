using NetEscapades.AspNetCore.SecurityHeaders.Headers.ContentSecurityPolicy;
using NetEscapades.AspNetCore.SecurityHeaders.Infrastructure;

namespace Transparency.Web.Hosting.Headers;

/// <summary>
/// The security headers of every response, chosen when the response starts, by what it is (see README, "Security
/// headers"): pages (the public site, the portal, error pages) get a strict Content-Security-Policy with scripts and
/// styles from the portal's own origin only (GOV.UK Frontend's one inline snippet allowed by its hash); the search
/// page may also compile Pagefind's WebAssembly; Swagger UI, a third-party page, gets its own looser policy; anything
/// that is not HTML (API answers, files, feeds) gets <c>default-src 'none'</c>. Open data (the OData API, downloads,
/// feeds, OCDS, the catalogue, the data standard) may be read from other origins, so its Cross-Origin-Resource-Policy
/// is <c>cross-origin</c>; everything else is <c>same-origin</c>. HSTS is added to HTTPS answers outside Development.
/// </summary>
public sealed class SecurityHeaderPolicies
{
    private static readonly string[] OpenDataPaths = ["/odata", "/downloads", "/feeds", "/ocds", "/catalog.jsonld", "/standard"];

    private readonly HeaderPolicyCollection _page;
    private readonly HeaderPolicyCollection _search;
    private readonly HeaderPolicyCollection _swagger;
    private readonly HeaderPolicyCollection _openData;
    private readonly HeaderPolicyCollection _other;

    public SecurityHeaderPolicies(bool hsts)
    {
        _page = Common(hsts, sameOrigin: true).AddContentSecurityPolicy(csp => Page(csp, wasm: false));
        _search = Common(hsts, sameOrigin: true).AddContentSecurityPolicy(csp => Page(csp, wasm: true));
        _swagger = Common(hsts, sameOrigin: true).AddContentSecurityPolicy(Swagger);
        _openData = Common(hsts, sameOrigin: false).AddContentSecurityPolicy(NoDocument);
        _other = Common(hsts, sameOrigin: true).AddContentSecurityPolicy(NoDocument);
    }

    /// <summary>The public site's search page, the one page that runs WebAssembly (Pagefind).</summary>
    public const string SearchPath = "/search/";

    /// <summary>The policy for a response about to start: by its content type and address.</summary>
    public IReadOnlyHeaderPolicyCollection For(HttpContext context)
    {
        var path = context.Request.Path;
        var html = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        if (html)
        {
            return path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase) ? _swagger
                : path.Equals(SearchPath, StringComparison.OrdinalIgnoreCase) ? _search
                : _page;
        }

        return OpenDataPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            || (path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase) && !html)
            ? _openData
            : _other;
    }

    private static HeaderPolicyCollection Common(bool hsts, bool sameOrigin)
    {
        var policies = new HeaderPolicyCollection()
            .AddContentTypeOptionsNoSniff()
            .AddFrameOptionsDeny()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddPermissionsPolicyWithDefaultSecureDirectives()
            .AddCrossOriginOpenerPolicy(p => p.SameOrigin())
            .AddCrossOriginResourcePolicy(p =>
            {
                if (sameOrigin)
                {
                    p.SameOrigin();
                }
                else
                {
                    p.CrossOrigin();
                }
            })
            .RemoveServerHeader();
        return hsts ? policies.AddStrictTransportSecurityMaxAgeIncludeSubDomains(maxAgeInSeconds: 60 * 60 * 24 * 365) : policies;
    }

    private static void Page(CspBuilder csp, bool wasm)
    {
        csp.AddDefaultSrc().Self();
        var scripts = csp.AddScriptSrc().Self().WithHash256(InlineScripts.JsEnabledHash);
        if (wasm)
        {
            scripts.WasmUnsafeEval();
        }

        csp.AddStyleSrc().Self();
        csp.AddImgSrc().Self();
        csp.AddFontSrc().Self();
        csp.AddConnectSrc().Self();
        csp.AddObjectSrc().None();
        csp.AddBaseUri().None();
        csp.AddFormAction().Self();
        csp.AddFrameAncestors().None();
    }

    /// <summary>
    /// Swashbuckle's Swagger UI loads its scripts from files, but its React components set inline styles and its icons
    /// are data: images; its scripts still come only from the portal.
    /// </summary>
    private static void Swagger(CspBuilder csp)
    {
        csp.AddDefaultSrc().Self();
        csp.AddScriptSrc().Self();
        csp.AddStyleSrc().Self().UnsafeInline();
        csp.AddImgSrc().Self().Data();
        csp.AddFontSrc().Self();
        csp.AddConnectSrc().Self();
        csp.AddObjectSrc().None();
        csp.AddBaseUri().None();
        csp.AddFormAction().Self();
        csp.AddFrameAncestors().None();
    }

    private static void NoDocument(CspBuilder csp)
    {
        csp.AddDefaultSrc().None();
        csp.AddFrameAncestors().None();
    }
}
