using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Transparency.Web.Accounts;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Portal.Account;

[EnableRateLimiting(PortalRateLimits.SignIn)]
public sealed class SignInModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditTrail audit,
    TransparencyDbContext db, IOptions<AccountsSettings> settings) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), "Enter your email address");
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter your password");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Email!.Trim();
        var result = await signIn.PasswordSignInAsync(email, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var user = await users.FindByNameAsync(email);
            audit.Record("sign-in", email, actor: email);
            await db.SaveChangesAsync();
            return LocalRedirect(SafeReturnUrl() ?? await HomeOf(user!));
        }

        if (result.IsLockedOut)
        {
            audit.Record("sign-in locked out", email, actor: email);
            await db.SaveChangesAsync();
            ModelState.AddModelError(nameof(Email),
                $"Your account is locked after too many attempts to sign in. Try again in {settings.Value.LockoutMinutes} minutes.");
            return Page();
        }

        // The same words whether the email is unknown or the password wrong, so accounts cannot be discovered.
        ModelState.AddModelError(nameof(Email), "Enter a correct email address and password");
        return Page();
    }

    private string? SafeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;

    private async Task<string> HomeOf(PortalUser user) =>
        await users.IsInRoleAsync(user, PortalRoles.Administrator) ? "/admin" : user.OrganisationId is not null ? "/provider" : "/account";
}
