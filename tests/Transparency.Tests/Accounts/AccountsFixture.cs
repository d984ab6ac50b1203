using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Accounts;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Tests.Accounts;

/// <summary>Two providers (A and B), a user for A, an administrator, active tokens for A and B and a revoked token for A.</summary>
public sealed class AccountsFixture
{
    private static int Count;

    public const string Password = "correct horse battery staple";

    public int ProviderA { get; private set; }

    public int ProviderB { get; private set; }

    public string UserA { get; } = $"user-a-{Guid.NewGuid():N}@example.com";

    public string Administrator { get; } = $"admin-{Guid.NewGuid():N}@example.com";

    public string TokenA { get; private set; } = string.Empty;

    public string TokenB { get; private set; } = string.Empty;

    public string RevokedTokenA { get; private set; } = string.Empty;

    public static async Task<AccountsFixture> CreateAsync(IServiceProvider services)
    {
        var fixture = new AccountsFixture();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TransparencyDbContext>();
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var n = Interlocked.Increment(ref Count);
        var a = TestData.Organisation($"GB-GOR-A{n}", $"Provider A {suffix}");
        var b = TestData.Organisation($"GB-GOR-B{n}", $"Provider B {suffix}");
        db.AddRange(a, b);
        await db.SaveChangesAsync();
        (fixture.ProviderA, fixture.ProviderB) = (a.Id, b.Id);

        var accounts = scope.ServiceProvider.GetRequiredService<PortalAccounts>();
        Assert.True((await accounts.CreateProviderUserAsync(fixture.UserA, "User A", a.Id, Password)).Result.Succeeded);
        Assert.True((await accounts.CreateAdministratorAsync(fixture.Administrator, Password)).Succeeded);

        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        fixture.TokenA = (await tokens.IssueAsync(a.Id, "A system", "test")).Secret;
        fixture.TokenB = (await tokens.IssueAsync(b.Id, "B system", "test")).Secret;
        var revoked = await tokens.IssueAsync(a.Id, "A old system", "test");
        Assert.True(await tokens.RevokeAsync(revoked.Token.Id));
        fixture.RevokedTokenA = revoked.Secret;
        return fixture;
    }

    public static async Task<bool> IsLockedOutAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!);
    }
}
