using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;

namespace Transparency.Web.Portal.Admin;

public sealed class UsersModel(TransparencyDbContext db) : PageModel
{
    public IReadOnlyList<(string? Email, string? Organisation, DateTimeOffset? LockedUntil)> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.NormalizedEmail)
            .Select(u => new { u.Email, Organisation = u.Organisation == null ? null : u.Organisation.Name + " (" + u.Organisation.Identifier + ")", u.LockoutEnd })
            .ToListAsync(cancellationToken);
        Users = [.. users.Select(u => (u.Email, u.Organisation, u.LockoutEnd))];
    }
}
