using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Demo;
using Transparency.Web.Domain;

namespace Transparency.Web.Accounts;

/// <summary>
/// A provider login and an API token with fixed, published credentials for one fictional provider, so people
/// can try the provider journey. Created only on demonstration data and never in Production.
/// </summary>
public sealed class DemoAccounts(TransparencyDbContext db, PortalAccounts accounts, ApiTokenService tokens, UserManager<PortalUser> users)
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

        if (await users.FindByEmailAsync(Email) is null)
        {
            var (result, _) = await accounts.CreateProviderUserAsync(Email, "Demonstration provider user", provider.Id, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }

        var hash = ApiTokenService.Hash(Token);
        if (!await db.ApiTokens.AnyAsync(t => t.TokenHash == hash, cancellationToken))
        {
            await tokens.IssueAsync(provider.Id, TokenName, "demonstration data", Token, cancellationToken);
        }

        return provider;
    }
}
