using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Portal.Admin.Returns;

/// <summary>The audit log, newest first, a page at a time.</summary>
public sealed class AuditModel(TransparencyDbContext db) : PageModel
{
    public const int PageSize = 50;

    public int PageNumber { get; private set; } = 1;

    public bool HasNext { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(int? page, CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, page ?? 1);
        var rows = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasNext = rows.Count > PageSize;
        Entries = [.. rows.Take(PageSize)];
    }
}
