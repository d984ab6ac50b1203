using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Accounts;
using Transparency.Web.Data;

namespace Transparency.Web.Portal.Admin;

/// <summary>
/// Organisations an import or an upload could not be sure of (for example an OCDS supplier without an identifier,
/// given a local one), each with its note; clearing a flag after review removes the note and is audit-logged.
/// </summary>
public sealed class ReviewModel(TransparencyDbContext db, AuditTrail audit) : PageModel
{
    public IReadOnlyList<ReviewItem> Flagged { get; private set; } = [];

    /// <summary>Set after a flag is cleared; kept in TempData, so a crafted link cannot put words in the banner.</summary>
    [TempData]
    public string? Cleared { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Flagged = await db.Organisations.AsNoTracking()
            .Where(o => o.ReviewNote != null)
            .OrderBy(o => o.Name).ThenBy(o => o.Identifier)
            .Select(o => new ReviewItem(o.Id, o.Identifier, o.Name, o.ReviewNote!, o.ContractsAsProvider.Count, o.ContractsAsCommissioner.Count, o.CreatedAt))
            .ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostClearAsync(int id, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        // Clearing twice (two administrators, or a resubmitted form) records nothing the second time.
        if (organisation.ReviewNote is { } note)
        {
            // UpdatedAt stays: the note is never published, so the public record has not changed.
            organisation.ReviewNote = null;
            audit.Record("clear review flag", organisation.Identifier, note);
            await db.SaveChangesAsync(cancellationToken);
            Cleared = $"The review flag on {organisation.Name} ({organisation.Identifier}) was cleared. The audit log keeps its note.";
        }

        return Redirect("/admin/review");
    }
}
