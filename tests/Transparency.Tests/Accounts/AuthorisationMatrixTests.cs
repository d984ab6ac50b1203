using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Portal;

namespace Transparency.Tests.Accounts;

/// <summary>Who may do what: anonymous, provider A's user, A's token, B's token, A's revoked token and an administrator.</summary>
public abstract class AuthorisationMatrixTests(TestDatabase database)
{
    public enum Caller
    {
        Anonymous,
        UserA,
        TokenA,
        TokenB,
        RevokedTokenA,
        Administrator,
    }

    [Theory]
    [InlineData(Caller.Anonymous, HttpStatusCode.Unauthorized)]
    [InlineData(Caller.UserA, HttpStatusCode.OK)]
    [InlineData(Caller.TokenA, HttpStatusCode.OK)]
    [InlineData(Caller.TokenB, HttpStatusCode.Forbidden)]
    [InlineData(Caller.RevokedTokenA, HttpStatusCode.Unauthorized)]
    [InlineData(Caller.Administrator, HttpStatusCode.Forbidden)]
    public async Task WriteProviderAReturn_ByCaller_AnswersExpectedStatus(Caller caller, HttpStatusCode expected)
    {
        await using var factory = Factory();
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        using var client = await ClientAsync(factory, fixture, caller);

        using var response = await client.PostAsync(new Uri(RepresentativeReturnEndpoint.PathFor(fixture.ProviderA), UriKind.Relative), null);

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal((int)expected, problem.RootElement.GetProperty("status").GetInt32());
        }
    }

    [Theory]
    [InlineData(Caller.Anonymous, HttpStatusCode.Unauthorized, null)]
    [InlineData(Caller.UserA, HttpStatusCode.OK, "sign-in")]
    [InlineData(Caller.TokenA, HttpStatusCode.OK, "api-token")]
    [InlineData(Caller.TokenB, HttpStatusCode.OK, "api-token")]
    [InlineData(Caller.RevokedTokenA, HttpStatusCode.Unauthorized, null)]
    [InlineData(Caller.Administrator, HttpStatusCode.Forbidden, null)]
    public async Task GetAccount_ByCaller_AnswersWhomItActsFor(Caller caller, HttpStatusCode expected, string? method)
    {
        await using var factory = Factory();
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        using var client = await ClientAsync(factory, fixture, caller);

        using var response = await client.GetAsync(new Uri("/api/account", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        if (method is not null)
        {
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(method, body.RootElement.GetProperty("authenticatedBy").GetString());
            Assert.StartsWith(caller == Caller.TokenB ? "Provider B" : "Provider A", body.RootElement.GetProperty("organisationName").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Caller.Anonymous, HttpStatusCode.Redirect, "/account/sign-in")]
    [InlineData(Caller.UserA, HttpStatusCode.Redirect, "/account/access-denied")]
    [InlineData(Caller.TokenA, HttpStatusCode.Unauthorized, null)]
    [InlineData(Caller.Administrator, HttpStatusCode.OK, null)]
    public async Task AdminPage_ByCaller_AllowsOnlyAdministrators(Caller caller, HttpStatusCode expected, string? redirect)
    {
        await using var factory = Factory();
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        using var client = await ClientAsync(factory, fixture, caller);

        using var response = await client.GetAsync(new Uri("/admin/tokens", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        if (redirect is not null)
        {
            Assert.StartsWith(redirect, response.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ProviderPage_ForUserA_ShowsOnlyProviderA()
    {
        await using var factory = Factory();
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        using var client = await ClientAsync(factory, fixture, Caller.UserA);

        var page = await PortalBrowser.GetTextAsync(client, "/provider");

        Assert.Contains("Provider A", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Provider B", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_TooOftenForOneOrganisation_AnswersTooManyRequestsOnlyForThatOrganisation()
    {
        await using var factory = Factory().WithWebHostBuilder(b => b.UseSetting("Accounts:UploadsPerWindow", "2"));
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        using var clientA = await ClientAsync(factory, fixture, Caller.TokenA);
        using var userA = await ClientAsync(factory, fixture, Caller.UserA);
        using var clientB = await ClientAsync(factory, fixture, Caller.TokenB);
        var pathA = new Uri(RepresentativeReturnEndpoint.PathFor(fixture.ProviderA), UriKind.Relative);

        using var first = await clientA.PostAsync(pathA, null);
        using var second = await userA.PostAsync(pathA, null);
        using var third = await clientA.PostAsync(pathA, null);
        using var other = await clientB.PostAsync(new Uri(RepresentativeReturnEndpoint.PathFor(fixture.ProviderB), UriKind.Relative), null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private WebApplicationFactory<Program> Factory() =>
        new PortalFactory(database).WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, RepresentativeReturnEndpoint>()));

    private static async Task<HttpClient> ClientAsync(WebApplicationFactory<Program> factory, AccountsFixture fixture, Caller caller)
    {
        var client = PortalBrowser.Create(factory);
        var token = caller switch
        {
            Caller.TokenA => fixture.TokenA,
            Caller.TokenB => fixture.TokenB,
            Caller.RevokedTokenA => fixture.RevokedTokenA,
            _ => null,
        };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else if (caller is Caller.UserA or Caller.Administrator)
        {
            using var signedIn = await PortalBrowser.SignInAsync(client, caller == Caller.UserA ? fixture.UserA : fixture.Administrator, AccountsFixture.Password);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        return client;
    }
}

public sealed class SqliteAuthorisationMatrixTests(SqliteTestDatabase database) : AuthorisationMatrixTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresAuthorisationMatrixTests(PostgresTestDatabase database) : AuthorisationMatrixTests(database), IClassFixture<PostgresTestDatabase>;
