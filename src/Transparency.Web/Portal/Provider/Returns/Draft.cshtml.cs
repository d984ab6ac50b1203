using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Transparency.Web.Accounts;
using Transparency.Web.Returns.Workflow;

namespace Transparency.Web.Portal.Provider.Returns;

/// <summary>A draft: its warnings, a preview of exactly what will become public, and publish (or restate, with a reason).</summary>
public sealed class DraftModel(CurrentPublisher current, ReturnQueries queries, ReturnPublisher publisher) : PageModel
{
    [BindProperty]
    public string? RestatementReason { get; set; }

    public ReturnPreview? Preview { get; private set; }

    public IReadOnlyList<ErrorSummaryItem> Summary { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (current.Get() is not { } acting)
        {
            return Forbid();
        }

        var result = await publisher.PublishAsync(
            new PublishRequest(id, acting.Actor, HttpContext.Connection.RemoteIpAddress?.ToString(), RestatementReason, acting.OrganisationId), cancellationToken);
        if (result.Succeeded)
        {
            var quarter = (await queries.GetVersionAsync(result.VersionId ?? id, cancellationToken))?.Quarter;
            TempData["Published"] = result.Message;
            return Redirect($"/provider/returns/{quarter?.Code.ToString(CultureInfo.InvariantCulture)}/history");
        }

        if (result.Outcome is ReturnActionOutcome.NotFound or ReturnActionOutcome.Forbidden)
        {
            return NotFound();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var target = result.Outcome == ReturnActionOutcome.ReasonRequired ? nameof(RestatementReason) : string.Empty;
        ModelState.AddModelError(target, result.Message);
        Summary = ErrorSummaryItem.From(ModelState, nameof(RestatementReason));
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Preview = current.Get() is { } acting ? await queries.GetPreviewAsync(id, acting.OrganisationId, cancellationToken) : null;
        return Preview is not null;
    }
}
