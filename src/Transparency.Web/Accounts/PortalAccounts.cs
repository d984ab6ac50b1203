using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Domain;

namespace Transparency.Web.Accounts;

/// <summary>Creates administrators and provider users; used by the admin pages, create-admin and the demo seeding.</summary>
public sealed class PortalAccounts(UserManager<PortalUser> users, RoleManager<IdentityRole> roles)
{
    private const string PasswordAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public async Task EnsureRolesAsync()
    {
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    public async Task<IdentityResult> CreateAdministratorAsync(string email, string password)
    {
        await EnsureRolesAsync();
        var user = new PortalUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, DisplayName = "Administrator" };
        var created = await users.CreateAsync(user, password);
        return created.Succeeded ? await users.AddToRoleAsync(user, PortalRoles.Administrator) : created;
    }

    /// <summary>Creates a provider user with the given password, or a generated one (returned) to pass on.</summary>
    public async Task<(IdentityResult Result, string Password)> CreateProviderUserAsync(string email, string? displayName, int organisationId, string? password = null)
    {
        await EnsureRolesAsync();
        password ??= GeneratePassword();
        var user = new PortalUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim(),
            OrganisationId = organisationId,
        };
        var created = await users.CreateAsync(user, password);
        return (created.Succeeded ? await users.AddToRoleAsync(user, PortalRoles.Provider) : created, password);
    }

    public Task<bool> ExistsAsync(string email) => users.Users.AnyAsync(u => u.NormalizedEmail == users.NormalizeEmail(email.Trim()));

    /// <summary>Four groups of five characters without look-alikes (no 0/o, 1/l/i): long enough, easy to read out.</summary>
    public static string GeneratePassword() =>
        string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(PasswordAlphabet, 5)));

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
