using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Accounts;
using Transparency.Web.Data;

namespace Transparency.Web.Portal.Admin;

public sealed class NewTokenModel(TransparencyDbContext db, ApiTokenService tokens, AuditTrail audit) : PageModel
{
    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public string? Secret { get; private set; }

    public string? OrganisationName { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var identifier = Organisation?.Trim() ?? string.Empty;
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Identifier == identifier, cancellationToken);
        if (organisation is null)
        {
            ModelState.AddModelError(nameof(Organisation), "Enter the identifier of a registered organisation, like GB-COH-01234567");
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            ModelState.AddModelError(nameof(Name), "Enter a name for the token, like 'Finance system'");
        }
        else if (Name.Trim().Length > 200)
        {
            ModelState.AddModelError(nameof(Name), "Enter a name of 200 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var issued = await tokens.IssueAsync(organisation!.Id, Name!, User.Identity?.Name ?? "administrator", cancellationToken);
        audit.Record("create API token", issued.Token.Prefix, identifier);
        await db.SaveChangesAsync(cancellationToken);
        Response.Headers.CacheControl = "no-store";
        Secret = issued.Secret;
        OrganisationName = organisation.Name;
        return Page();
    }
}
