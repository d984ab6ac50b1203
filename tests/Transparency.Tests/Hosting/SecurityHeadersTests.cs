using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Feeds.Downloads;

namespace Transparency.Tests.Hosting;

/// <summary>
/// One response of every kind the portal serves, in Production over HTTPS, carries the security headers: pages a
/// strict Content-Security-Policy (no unsafe-inline or unsafe-eval for scripts or styles; Swagger UI's own documented
/// exception for styles), everything else <c>default-src 'none'</c>; frame-ancestors 'none', Permissions-Policy, COOP,
/// CORP (cross-origin only for open data, whose CORS stays open) and HSTS (never sent to localhost, so the test uses
/// another host name); no Server header.
/// </summary>
public abstract class SecurityHeadersTests(TestDatabase database)
{
    private static readonly (string Method, string Path, string Kind)[] Responses =
    [
        ("GET", "/", "page"),
        ("GET", "/search/", "search"),
        ("GET", "/providers/", "page"),
        ("GET", "/no-such-page/", "page"),
        ("GET", "/account/sign-in", "page"),
        ("POST", "/about/", "page"),
        ("GET", "/swagger/index.html", "swagger"),
        ("GET", "/swagger/v1/swagger.json", "open"),
        ("GET", "/odata/Contracts?$top=1", "open"),
        ("GET", "/odata/$metadata", "open"),
        ("GET", "/odata/Contracts?$filter=Nonsense eq 1", "open"),
        ("GET", "/downloads/datapackage.json", "open"),
        ("GET", "/downloads/csv/contracts.csv", "open"),
        ("GET", "/feeds/returns.atom", "open"),
        ("GET", "/catalog.jsonld", "open"),
        ("GET", "/standard/v1/templates/return.xlsx", "open"),
        ("GET", "/api/account", "private"),
        ("GET", "/api/no-such-thing", "private"),
        ("GET", "/health/live", "private"),
        ("GET", "/css/transparency.css", "private"),
        ("GET", "/js/govuk-init.js", "private"),
    ];

    [Fact]
    public async Task EveryKindOfResponse_InProductionOverHttps_CarriesTheSecurityHeaders()
    {
        await using var portal = new PortalFactory(database).WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .UseSetting("Feeds:BuildDownloadsOnStart", "true")
            .UseSetting("Feeds:StartupBuildDelay", "00:00:00"));
        await portal.Services.CatchUpAsync(DownloadsProjection.ProjectionName, "site");
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://transparency.example"), AllowAutoRedirect = false });

        var problems = new List<string>();
        foreach (var (method, path, kind) in Responses)
        {
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));
            problems.AddRange(Check(response, kind).Select(p => $"{method} {path} ({(int)response.StatusCode}): {p}"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task OpenData_FromAnotherOrigin_KeepsItsCorsAndCrossOriginResourcePolicy()
    {
        await using var portal = new PortalFactory(database);
        using var client = portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/odata/Contracts?$top=1", UriKind.Relative));
        request.Headers.Add("Origin", "https://newsroom.example");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Single(response, "Access-Control-Allow-Origin"));
        Assert.Equal("cross-origin", Single(response, "Cross-Origin-Resource-Policy"));
    }

    private static IEnumerable<string> Check(HttpResponseMessage response, string kind)
    {
        var csp = Single(response, "Content-Security-Policy") ?? string.Empty;
        var expectations = new (string Header, Func<string?, bool> Holds, string Want)[]
        {
            ("X-Content-Type-Options", v => v == "nosniff", "nosniff"),
            ("X-Frame-Options", v => v == "DENY", "DENY"),
            ("Referrer-Policy", v => v == "strict-origin-when-cross-origin", "strict-origin-when-cross-origin"),
            ("Permissions-Policy", v => v?.Contains("camera=()", StringComparison.Ordinal) == true && v.Contains("geolocation=()", StringComparison.Ordinal), "camera=() and geolocation=()"),
            ("Cross-Origin-Opener-Policy", v => v == "same-origin", "same-origin"),
            ("Cross-Origin-Resource-Policy", v => v == (kind == "open" ? "cross-origin" : "same-origin"), kind == "open" ? "cross-origin" : "same-origin"),
            ("Strict-Transport-Security", v => v?.StartsWith("max-age=31536000", StringComparison.Ordinal) == true, "max-age=31536000"),
        };
        foreach (var (header, holds, want) in expectations)
        {
            var value = Single(response, header);
            if (!holds(value))
            {
                yield return $"{header} is '{value}', not {want}";
            }
        }

        if (response.Headers.Contains("Server"))
        {
            yield return "has a Server header";
        }

        if (!csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal))
        {
            yield return $"CSP '{csp}' lacks frame-ancestors 'none'";
        }

        var html = response.Content.Headers.ContentType?.MediaType == "text/html";
        if (html != kind is "page" or "search" or "swagger")
        {
            yield return $"is {response.Content.Headers.ContentType}, expected {(html ? "not " : string.Empty)}a document of kind {kind}";
        }

        if (!html)
        {
            if (!csp.StartsWith("default-src 'none'", StringComparison.Ordinal))
            {
                yield return $"CSP '{csp}' is not default-src 'none'";
            }

            yield break;
        }

        var scripts = Directive(csp, "script-src");
        var styles = Directive(csp, "style-src");
        if (scripts is null || scripts.Contains("unsafe", StringComparison.Ordinal) != (kind == "search"))
        {
            yield return $"script-src is '{scripts}'";
        }

        if (kind == "search" && scripts?.Contains("'wasm-unsafe-eval'", StringComparison.Ordinal) != true)
        {
            yield return "the search page cannot run Pagefind's WebAssembly";
        }

        if (scripts?.Contains("'unsafe-inline'", StringComparison.Ordinal) == true || scripts?.Contains("'unsafe-eval'", StringComparison.Ordinal) == true)
        {
            yield return $"script-src allows inline or eval: '{scripts}'";
        }

        if (styles is null || (kind != "swagger" && styles.Contains("unsafe", StringComparison.Ordinal)))
        {
            yield return $"style-src is '{styles}'";
        }
    }

    private static string? Directive(string csp, string name) =>
        csp.Split(';', StringSplitOptions.TrimEntries).FirstOrDefault(d => d.StartsWith(name + " ", StringComparison.Ordinal));

    private static string? Single(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) || response.Content.Headers.TryGetValues(header, out values) ? string.Join(", ", values) : null;
}

public sealed class SqliteSecurityHeadersTests(SqliteTestDatabase database) : SecurityHeadersTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresSecurityHeadersTests(PostgresTestDatabase database) : SecurityHeadersTests(database), IClassFixture<PostgresTestDatabase>;
