using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Accounts;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PerformanceNotices;

namespace Transparency.Web.Portal.Admin.Notices;

/// <summary>
/// One contract's notice for a period: the proposed rating of each KPI over its quarterly evidence, the review
/// (accept, or override with a reason), marking it ready, the Find a Tender identifier, and the OCDS export.
/// </summary>
public sealed class NoticeModel(TransparencyDbContext db, NoticeDrafter drafter, NoticeReview review, AuditTrail audit) : PageModel
{
    public Contract Contract { get; private set; } = default!;

    public AssessmentPeriod? Period { get; private set; }

    /// <summary>The quarters a period may end with: those the contract has published KPI results for, newest first.</summary>
    public IReadOnlyList<Quarter> EndQuarters { get; private set; } = [];

    /// <summary>The stored notice, or the proposal worked out now when none is stored (<see cref="Stored"/> false).</summary>
    public PerformanceNotice? Notice { get; private set; }

    public bool Stored { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The id of the field the error is about, for the error summary's link.</summary>
    public string? ErrorTarget { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public string PageUrl => $"/admin/performance-notices/{Uri.EscapeDataString(Contract.Reference)}" + (Period is { } p ? $"?period={p.Slug}" : string.Empty);

    public async Task<IActionResult> OnGetAsync(string reference, string? period, CancellationToken cancellationToken) =>
        await LoadAsync(reference, period, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAcceptAsync(string reference, string? period, int kpi, string? proposal, CancellationToken cancellationToken) =>
        ActAsync(reference, period, $"kpi-{kpi}", (notice, ct) => Enum.TryParse<KpiRating>(proposal, out var seen) && Enum.IsDefined(seen)
            ? review.AcceptAsync(Contract, notice, kpi, seen, ct)
            : Task.FromResult(ReviewOutcome.Refused("Check the proposal and decide again.")), "Rating accepted.", cancellationToken);

    public Task<IActionResult> OnPostOverrideAsync(string reference, string? period, int kpi, string? rating, string? reason, CancellationToken cancellationToken) =>
        ActAsync(reference, period, $"kpi-{kpi}", (notice, ct) => review.OverrideAsync(Contract, notice, kpi, ParseRating(rating), reason, ct), "Rating overridden.", cancellationToken);

    public Task<IActionResult> OnPostRefreshAsync(string reference, string? period, CancellationToken cancellationToken) =>
        ActAsync(reference, period, "evidence", (notice, ct) => review.ReadEvidenceAgainAsync(Contract, notice, ct), "The evidence was read again from the published returns.", cancellationToken);

    public Task<IActionResult> OnPostReadyAsync(string reference, string? period, CancellationToken cancellationToken) =>
        ActAsync(reference, period, "ready", (notice, ct) => review.MarkReadyAsync(Contract, notice, ct), "The notice is ready. It will appear on the contract's public page and in its OCDS data within a few seconds.", cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(string reference, string? period, CancellationToken cancellationToken) =>
        ActAsync(reference, period, "ready", (notice, ct) => review.ReopenAsync(Contract, notice, ct), "The notice is a draft again and is no longer public.", cancellationToken);

    public Task<IActionResult> OnPostFindATenderAsync(string reference, string? period, string? findATenderNoticeId, CancellationToken cancellationToken) =>
        ActAsync(reference, period, "FindATenderNoticeId", (notice, ct) => review.RecordFindATenderIdAsync(Contract, notice, findATenderNoticeId, ct), "The Find a Tender notice identifier was saved.", cancellationToken);

    private async Task<IActionResult> ActAsync(
        string reference, string? period, string target, Func<PerformanceNotice, CancellationToken, Task<ReviewOutcome>> act, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, period, cancellationToken) || Period is not { } chosen)
        {
            return NotFound();
        }

        var notice = await review.DraftAsync(Contract, chosen, audit.CurrentActor(), cancellationToken);
        var outcome = await act(notice, cancellationToken);
        if (outcome.Succeeded)
        {
            Done = done;
            return Redirect(PageUrl + (target.StartsWith("kpi-", StringComparison.Ordinal) ? "#" + target : string.Empty));
        }

        (Notice, Stored, Error, ErrorTarget) = (notice, true, outcome.Error, outcome.Field is { } field ? $"{field}-{target}" : target);
        ModelState.AddModelError(ErrorTarget, outcome.Error!);
        return Page();
    }

    private async Task<bool> LoadAsync(string reference, string? period, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Commissioner).Include(c => c.Provider)
            .SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (contract is null)
        {
            return false;
        }

        Contract = contract;
        EndQuarters = await drafter.PublishedQuartersAsync(contract.Id, cancellationToken);
        if (period is not null)
        {
            if (!AssessmentPeriod.TryParseSlug(period, out var chosen))
            {
                return false;
            }

            Period = chosen;
        }
        else
        {
            Period = await drafter.DefaultPeriodAsync(contract.Id, cancellationToken);
        }

        if (Period is { } p)
        {
            Notice = await review.LoadAsync(contract.Id, p, cancellationToken);
            Stored = Notice is not null;
            Notice ??= await drafter.ProposeAsync(contract, p, audit.CurrentActor(), cancellationToken);
        }

        return true;
    }

    private static KpiRating? ParseRating(string? text) =>
        Enum.TryParse<KpiRating>(text, out var rating) && Enum.IsDefined(rating) ? rating : null;
}
