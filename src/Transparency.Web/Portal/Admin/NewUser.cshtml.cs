using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Accounts;
using Transparency.Web.Data;

namespace Transparency.Web.Portal.Admin;

public sealed class NewUserModel(PortalAccounts accounts, TransparencyDbContext db, AuditTrail audit) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    public string? CreatedPassword { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var email = Email?.Trim();
        if (string.IsNullOrEmpty(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
        }
        else if (await accounts.ExistsAsync(email))
        {
            ModelState.AddModelError(nameof(Email), "A user with this email address already exists");
        }

        var identifier = Organisation?.Trim() ?? string.Empty;
        var organisationId = await db.Organisations.Where(o => o.Identifier == identifier).Select(o => (int?)o.Id).SingleOrDefaultAsync(cancellationToken);
        if (organisationId is null)
        {
            ModelState.AddModelError(nameof(Organisation), "Enter the identifier of a registered organisation, like GB-COH-01234567");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (result, password) = await accounts.CreateProviderUserAsync(email!, DisplayName, organisationId!.Value);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Email), error.Description);
            }

            return Page();
        }

        audit.Record("create provider user", email!, identifier);
        await db.SaveChangesAsync(cancellationToken);
        Response.Headers.CacheControl = "no-store";
        CreatedPassword = password;
        return Page();
    }
}
