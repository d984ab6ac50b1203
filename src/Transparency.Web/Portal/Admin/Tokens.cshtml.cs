using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Accounts;
using Transparency.Web.Data;

namespace Transparency.Web.Portal.Admin;

public sealed class TokensModel(TransparencyDbContext db, ApiTokenService tokens, AuditTrail audit) : PageModel
{
    public IReadOnlyList<TokenListItem> Tokens { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Revoked { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tokens = await db.ApiTokens.AsNoTracking()
            .OrderBy(t => t.RevokedAt != null).ThenByDescending(t => t.CreatedAt)
            .Select(t => new TokenListItem(t.Id, t.Organisation!.Name + " (" + t.Organisation.Identifier + ")", t.Name, t.Prefix, t.CreatedBy, t.CreatedAt, t.LastUsedAt, t.RevokedAt))
            .ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        if (await tokens.RevokeAsync(id, cancellationToken))
        {
            audit.Record("revoke API token", id.ToString(CultureInfo.InvariantCulture));
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect("/admin/tokens?revoked=true");
    }
}
