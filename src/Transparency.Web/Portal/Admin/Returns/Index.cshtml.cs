using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Returns.Workflow;

namespace Transparency.Web.Portal.Admin.Returns;

/// <summary>Every provider's return for a quarter with all its versions; withdraw a version with a reason.</summary>
public sealed class IndexModel(TransparencyDbContext db, ReturnWithdrawal withdrawal, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Quarter { get; set; }

    [BindProperty]
    public int VersionId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public Quarter Shown { get; private set; }

    public IReadOnlyList<AdminReturnRow> Rows { get; private set; } = [];

    public string? Done { get; private set; }

    public IReadOnlyList<ErrorSummaryItem> Summary { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await withdrawal.WithdrawAsync(new WithdrawRequest(VersionId, Reason?.Trim() ?? string.Empty,
            User.Identity?.Name ?? "administrator", HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        if (result.Succeeded)
        {
            Done = result.Message;
            Reason = null;
        }
        else
        {
            ModelState.AddModelError($"Reason-{VersionId}", result.Message);
            Summary = [new ErrorSummaryItem($"Reason-{VersionId.ToString(CultureInfo.InvariantCulture)}", result.Message)];
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Shown = Quarter is { } code && code % 10 is >= 1 and <= 4 && code / 10 is >= Domain.Quarter.MinYear and <= Domain.Quarter.MaxYear
            ? Domain.Quarter.FromCode(code)
            : Domain.Quarter.Containing(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).Previous;
        Rows = await db.ReturnVersions.AsNoTracking()
            .Where(v => v.Return!.QuarterCode == Shown.Code)
            .OrderBy(v => v.Return!.Provider!.Name).ThenByDescending(v => v.Id)
            .Select(v => new AdminReturnRow(v.Return!.Provider!.Name, v.Return.Provider.Identifier, v.Id, v.VersionNumber, v.Status,
                v.SubmittedBy, v.SubmittedAt, v.RestatementReason, v.WithdrawalReason))
            .ToListAsync(cancellationToken);
    }
}
