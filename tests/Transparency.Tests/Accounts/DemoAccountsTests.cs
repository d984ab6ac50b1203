using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Portal;
using Transparency.Web.Accounts;
using Transparency.Web.Demo;
using Transparency.Web.Domain;

namespace Transparency.Tests.Accounts;

/// <summary>On a database of its own that starts empty, so the demonstration data is seeded.</summary>
public abstract class DemoAccountsTests(TestDatabase database)
{
    [Fact]
    public async Task DemoData_OutsideProduction_GivesTheDocumentedLoginAndTokenForAFictionalProvider()
    {
        await using var factory = new PortalFactory(database, seedDemo: true).WithWebHostBuilder(b => b.UseSetting("Demo:DemoAccounts", "true"));
        using var browser = PortalBrowser.Create(factory);
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoAccounts.Token);

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

    [Fact]
    public async Task DemoData_InProduction_CreatesNoDemoLogin()
    {
        await using (var seeding = new PortalFactory(database, seedDemo: true))
        {
            using var _ = seeding.CreateClient();
        }

        await using var db = database.CreateContext();
        foreach (var user in await db.Users.Where(u => u.Email == DemoAccounts.Email).ToListAsync())
        {
            db.Users.Remove(user);
        }

        db.ApiTokens.RemoveRange(db.ApiTokens.Where(t => t.Name == DemoAccounts.TokenName));
        await db.SaveChangesAsync();

        await using var production = new PortalFactory(database, seedDemo: true)
            .WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Demo:DemoAccounts", "true"));
        using var client = production.CreateClient();
        await using var scope = production.Services.CreateAsyncScope();

        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(DemoAccounts.Email));
        Assert.False(await db.ApiTokens.AnyAsync(t => t.TokenHash == ApiTokenService.Hash(DemoAccounts.Token)));
    }
}

public sealed class SqliteDemoAccountsTests(SqliteTestDatabase database) : DemoAccountsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresDemoAccountsTests(PostgresTestDatabase database) : DemoAccountsTests(database), IClassFixture<PostgresTestDatabase>;
