using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Portal;

namespace Transparency.Tests.Accounts;

public abstract class SignInTests(TestDatabase database)
{
    [Fact]
    public async Task SignIn_WithTheRightPassword_RedirectsProvidersToTheirOrganisation()
    {
        await using var factory = new PortalFactory(database);
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        using var client = PortalBrowser.Create(factory);

        using var response = await PortalBrowser.SignInAsync(client, fixture.UserA, AccountsFixture.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/provider", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("transparency-session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        await using var factory = new PortalFactory(database);
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        using var client = PortalBrowser.Create(factory);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await PortalBrowser.SignInAsync(client, fixture.UserA, "not the password at all");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await PortalBrowser.SignInAsync(client, fixture.UserA, AccountsFixture.Password);
        var page = await right.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Your account is locked", page, StringComparison.Ordinal);
        Assert.True(await AccountsFixture.IsLockedOutAsync(factory.Services, fixture.UserA));
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_ShowsTheErrorSummaryLinkedToTheField()
    {
        await using var factory = new PortalFactory(database);
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        using var client = PortalBrowser.Create(factory);

        using var response = await PortalBrowser.SignInAsync(client, fixture.UserA, "not the password at all");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("govuk-error-summary", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Email\">Enter a correct email address and password</a>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"Email\"", page, StringComparison.Ordinal);
        Assert.Contains("<title>Error: Sign in", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_TooOften_AnswersTooManyRequestsWithRetryAfter()
    {
        await using var factory = new PortalFactory(database).WithWebHostBuilder(b => b.UseSetting("Accounts:SignInAttemptsPerWindow", "2"));
        using var client = PortalBrowser.Create(factory);

        using var first = await PortalBrowser.SignInAsync(client, "nobody@example.com", "whatever password");
        using var second = await PortalBrowser.SignInAsync(client, "nobody@example.com", "whatever password");
        using var third = await PortalBrowser.SignInAsync(client, "nobody@example.com", "whatever password");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SignIn_PostWithoutAntiforgeryToken_IsRejected()
    {
        await using var factory = new PortalFactory(database);
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        using var client = PortalBrowser.Create(factory);
        using var form = new FormUrlEncodedContent([new("Email", fixture.UserA), new("Password", AccountsFixture.Password)]);

        using var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("transparency-session=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SignOut_ThenAccountPage_RedirectsToSignIn()
    {
        await using var factory = new PortalFactory(database);
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        using var client = PortalBrowser.Create(factory);
        using var signedIn = await PortalBrowser.SignInAsync(client, fixture.UserA, AccountsFixture.Password);

        using var signedOut = await PortalBrowser.PostFormAsync(client, "/account/sign-out", []);
        using var account = await client.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.Equal("/account/sign-in", account.Headers.Location?.AbsolutePath);
    }
}

public sealed class SqliteSignInTests(SqliteTestDatabase database) : SignInTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresSignInTests(PostgresTestDatabase database) : SignInTests(database), IClassFixture<PostgresTestDatabase>;
