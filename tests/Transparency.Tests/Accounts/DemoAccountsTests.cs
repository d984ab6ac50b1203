using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Portal;
using Transparency.Web.Accounts;
using Transparency.Web.Demo;

namespace Transparency.Tests.Accounts;

/// <summary>
/// On a database of its own that starts empty, so the demonstration data is seeded. The tests run in order on it: a
/// Development run creates the demo login and token, a Production run on the same database disables them, and
/// Development gives them back.
/// </summary>
public abstract class DemoAccountsTests(TestDatabase database)
{
    [Fact]
    public async Task DemoData_InDevelopment_ThenProduction_ThenDevelopment_WorksIsRefusedWorksAgain()
    {
        await AssertDemoAccountsWorkAsync(Portal("Development"));

        var log = new LogCapture();
        await using (var production = Portal("Production", log))
        {
            using var api = Api(production);
            using var account = await api.GetAsync(new Uri("/api/account", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, account.StatusCode);
            Assert.Equal("application/problem+json", account.Content.Headers.ContentType?.MediaType);

            using var browser = PortalBrowser.Create(production);
            using var signIn = await PortalBrowser.SignInAsync(browser, DemoAccounts.Email, DemoAccounts.Password);
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            Assert.Contains("govuk-error-summary", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var disabled = Assert.Single(log.Lines, l => l.Message.StartsWith("Demonstration accounts disabled", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, disabled.Level);
        Assert.Contains("Production", disabled.Message, StringComparison.Ordinal);
        Assert.Contains("revoked", disabled.Message, StringComparison.Ordinal);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "demo-accounts.disabled"));
        }

        await AssertDemoAccountsWorkAsync(Portal("Development"));
    }

    [Fact]
    public async Task DemoAccountsSetting_OutsideDevelopment_IsIgnoredAndSaysSo()
    {
        var log = new LogCapture();
        await using var testing = Portal("Testing", log, ("Demo:DemoAccounts", "true"));
        using var api = Api(testing);
        using var account = await api.GetAsync(new Uri("/api/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, account.StatusCode);
        Assert.Contains(log.Lines, l => l.Level == LogLevel.Warning && l.Message.StartsWith("Demo:DemoAccounts is ignored in the Testing environment", StringComparison.Ordinal));
    }

    private WebApplicationFactory<Program> Portal(string environment, LogCapture? log = null, params (string Key, string Value)[] settings) =>
        new PortalFactory(database, seedDemo: true).WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }

            log?.AddTo(b);
        });

    private static HttpClient Api(WebApplicationFactory<Program> factory)
    {
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoAccounts.Token);
        return api;
    }

    private async Task AssertDemoAccountsWorkAsync(WebApplicationFactory<Program> factory)
    {
        await using (factory)
        {
            using var browser = PortalBrowser.Create(factory);
            using var api = Api(factory);

            var signInPage = await PortalBrowser.GetTextAsync(browser, "/account/sign-in");
            using var signedIn = await PortalBrowser.SignInAsync(browser, DemoAccounts.Email, DemoAccounts.Password);
            var providerPage = await PortalBrowser.GetTextAsync(browser, "/provider");
            using var account = await api.GetAsync(new Uri("/api/account", UriKind.Relative));
            using var body = JsonDocument.Parse(await account.Content.ReadAsStringAsync());

            Assert.Contains(DemoMarker.Notice, signInPage, StringComparison.Ordinal);
            Assert.Equal("/provider", signedIn.Headers.Location?.OriginalString);
            Assert.Contains(DemoMarker.Notice, providerPage, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, account.StatusCode);
            await using var db = database.CreateContext();
            var provider = await db.Organisations.SingleAsync(o => o.Identifier == body.RootElement.GetProperty("organisation").GetString());
            Assert.True(provider.IsDemonstration);
            Assert.Contains(WebUtility.HtmlEncode(provider.Name), providerPage, StringComparison.Ordinal);
        }
    }
}

public sealed class SqliteDemoAccountsTests(SqliteTestDatabase database) : DemoAccountsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresDemoAccountsTests(PostgresTestDatabase database) : DemoAccountsTests(database), IClassFixture<PostgresTestDatabase>;
