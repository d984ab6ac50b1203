using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Accounts;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Portal.Account;

public sealed class IndexModel(UserManager<PortalUser> users, TransparencyDbContext db) : PageModel
{
    public string? Email { get; private set; }

    public string Role { get; private set; } = string.Empty;

    public string? OrganisationName { get; private set; }

    public string? OrganisationIdentifier { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Changed { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Email = user.Email;
        Role = await users.IsInRoleAsync(user, PortalRoles.Administrator) ? "Administrator" : "Provider user";
        if (user.OrganisationId is { } organisationId)
        {
            var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId);
            OrganisationName = organisation.Name;
            OrganisationIdentifier = organisation.Identifier;
        }

        return Page();
    }
}
