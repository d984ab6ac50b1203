using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Demo;
using Transparency.Web.Domain;

namespace Transparency.Web.Accounts;

/// <summary>
/// A provider login and an API token with fixed, published credentials for one fictional provider, so people
/// can try the provider journey. They exist only in Development on demonstration data: elsewhere they are disabled
/// at start (see <see cref="DemoAccountsStartup"/>), kept for the audit log but unusable.
/// </summary>
public sealed class DemoAccounts(TransparencyDbContext db, PortalAccounts accounts, ApiTokenService tokens, UserManager<PortalUser> users, AuditTrail audit, TimeProvider time)
{
    public const string Email = "demo.provider@example.com";

    public const string Password = "demonstration-only-password";

    public const string Token = "tpt_demonstration-token-for-fictional-data-only";

    public const string TokenName = "Demonstration token";

    /// <summary>Creates the demo login and token when missing; returns the provider they act for, or null when there is no demonstration data.</summary>
    public async Task<Organisation?> EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (!await db.Settings.AnyAsync(s => s.Key == DemoMarker.SettingKey, cancellationToken))
        {
            return null;
        }

        var provider = await db.Organisations
            .Where(o => o.IsDemonstration && o.ContractsAsProvider.Any())
            .OrderBy(o => o.Identifier)
            .FirstOrDefaultAsync(cancellationToken);
        if (provider is null)
        {
            return null;
        }

        var user = await users.FindByEmailAsync(Email);
        if (user is null)
        {
            var (result, _) = await accounts.CreateProviderUserAsync(Email, "Demonstration provider user", provider.Id, Password);
            Check(result);
        }
        else if (!await users.HasPasswordAsync(user) || await users.IsLockedOutAsync(user))
        {
            // Disabled by an earlier start outside Development: given back its published password.
            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.AddPasswordAsync(user, Password));
        }

        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.TokenHash == TokenHash, cancellationToken);
        if (token is null)
        {
            await tokens.IssueAsync(provider.Id, TokenName, "demonstration data", Token, cancellationToken);
        }
        else if (token.RevokedAt is not null)
        {
            token.RevokedAt = null;
            audit.Record("demo-accounts.enabled", TokenName, "Demonstration token made usable again in Development on demonstration data.", AuditTrail.CommandLineActor);
            await db.SaveChangesAsync(cancellationToken);
        }

        return provider;
    }

    /// <summary>
    /// Makes the demo login and token unusable, when they exist and are not already: the token is revoked, the user
    /// loses its password and is locked out. Returns what was disabled, in words, or null when there was nothing to do.
    /// </summary>
    public async Task<string?> DisableAsync(CancellationToken cancellationToken = default)
    {
        var disabled = new List<string>();
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.TokenHash == TokenHash && t.RevokedAt == null, cancellationToken);
        if (token is not null)
        {
            token.RevokedAt = time.GetUtcNow().UtcDateTime;
            audit.Record("demo-accounts.disabled", TokenName, "Demonstration token revoked at start outside Development.", AuditTrail.CommandLineActor);
            await db.SaveChangesAsync(cancellationToken);
            disabled.Add("the API token was revoked");
        }

        var user = await users.FindByEmailAsync(Email);
        if (user is not null && (await users.HasPasswordAsync(user) || !await users.IsLockedOutAsync(user)))
        {
            if (await users.HasPasswordAsync(user))
            {
                Check(await users.RemovePasswordAsync(user));
            }

            Check(await users.SetLockoutEnabledAsync(user, true));
            Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
            audit.Record("demo-accounts.disabled", Email, "Demonstration login locked and its password removed at start outside Development.", AuditTrail.CommandLineActor);
            await db.SaveChangesAsync(cancellationToken);
            disabled.Add($"the login {Email} was locked and its password removed");
        }

        return disabled.Count == 0 ? null : string.Join("; ", disabled);
    }

    private static string TokenHash => ApiTokenService.Hash(Token);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
