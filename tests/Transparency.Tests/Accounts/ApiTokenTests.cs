using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Accounts;
using Transparency.Web.Data;

namespace Transparency.Tests.Accounts;

public abstract class ApiTokenTests(TestDatabase database)
{
    [Fact]
    public async Task Issue_StoresOnlyTheSha256OfTheToken()
    {
        await using var factory = new PortalFactory(database);
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        await using var db = database.CreateContext();

        var stored = await db.ApiTokens.AsNoTracking().ToListAsync();
        var every = stored.SelectMany(t => new[] { t.Name, t.Prefix, t.TokenHash, t.CreatedBy }).ToList();

        Assert.DoesNotContain(every, value => value.Contains(fixture.TokenA, StringComparison.Ordinal));
        Assert.Contains(stored, t => t.TokenHash == ApiTokenService.Hash(fixture.TokenA));
        Assert.Equal(64, ApiTokenService.Hash(fixture.TokenA).Length);
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(fixture.TokenA))),
            stored.Single(t => t.TokenHash == ApiTokenService.Hash(fixture.TokenA)).TokenHash);
    }

    [Fact]
    public async Task Issue_TwiceForTheSameOrganisation_GivesDifferentLongRandomTokens()
    {
        await using var factory = new PortalFactory(database);
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        await using var scope = factory.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();

        var first = await tokens.IssueAsync(fixture.ProviderA, "one", "test");
        var second = await tokens.IssueAsync(fixture.ProviderA, "two", "test");

        Assert.NotEqual(first.Secret, second.Secret);
        Assert.StartsWith(ApiTokenService.SecretPrefix, first.Secret, StringComparison.Ordinal);
        Assert.True(first.Secret.Length >= 40, "32 random bytes in base64url are 43 characters.");
        Assert.Equal(first.Secret[..ApiTokenService.VisiblePrefixLength], first.Token.Prefix);
    }

    [Fact]
    public async Task UseThroughTheApi_RecordsLastUse()
    {
        await using var factory = new PortalFactory(database);
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.TokenB);

        using var response = await client.GetAsync(new Uri("/api/account", UriKind.Relative));
        await using var db = database.CreateContext();
        var token = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.TokenHash == ApiTokenService.Hash(fixture.TokenB));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(token.LastUsedAt);
        Assert.Equal(DateTimeKind.Utc, token.LastUsedAt.Value.Kind);
    }

    [Fact]
    public async Task Revoke_ThenUse_IsRefusedAndTheTokenStaysListed()
    {
        await using var factory = new PortalFactory(database);
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TransparencyDbContext>();
            var id = await db.ApiTokens.Where(t => t.TokenHash == ApiTokenService.Hash(fixture.TokenA)).Select(t => t.Id).SingleAsync();
            Assert.True(await scope.ServiceProvider.GetRequiredService<ApiTokenService>().RevokeAsync(id));
            Assert.False(await scope.ServiceProvider.GetRequiredService<ApiTokenService>().RevokeAsync(id));
        }

        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.TokenA);
        using var response = await client.GetAsync(new Uri("/api/account", UriKind.Relative));
        await using var check = database.CreateContext();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.NotNull((await check.ApiTokens.SingleAsync(t => t.TokenHash == ApiTokenService.Hash(fixture.TokenA))).RevokedAt);
    }
}

public sealed class SqliteApiTokenTests(SqliteTestDatabase database) : ApiTokenTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresApiTokenTests(PostgresTestDatabase database) : ApiTokenTests(database), IClassFixture<PostgresTestDatabase>;
