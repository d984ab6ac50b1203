using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Transparency.Web.Accounts;
using Transparency.Web.Domain;
using Transparency.Web.Publication;
using Transparency.Web.Returns.Workflow;

namespace Transparency.Web.Portal.Provider.Returns;

/// <summary>Every version of the provider's return for one quarter, with downloads of the provider's own original files.</summary>
public sealed class HistoryModel(CurrentPublisher current, ReturnQueries queries, PublicOutputs outputs) : PageModel
{
    public Quarter Quarter { get; private set; }

    public ReturnHistory? History { get; private set; }

    public string? Published { get; private set; }

    public async Task<IActionResult> OnGetAsync(int code, CancellationToken cancellationToken)
    {
        if (current.Get() is not { } publisher || code % 10 is < 1 or > 4 || code / 10 is < Quarter.MinYear or > Quarter.MaxYear)
        {
            return NotFound();
        }

        Quarter = Quarter.FromCode(code);
        History = await queries.GetHistoryWithVisibilityAsync(publisher.OrganisationId, Quarter, outputs, cancellationToken);
        Published = TempData["Published"] as string;
        return Page();
    }

    /// <summary>The original file of one of this provider's versions; another organisation's versions answer 404.</summary>
    public async Task<IActionResult> OnGetOriginalAsync(int code, int version, CancellationToken cancellationToken)
    {
        if (current.Get() is not { } publisher || await queries.GetVersionAsync(version, cancellationToken) is not { } detail
            || !publisher.CanActFor(detail.ProviderId) || await queries.GetOriginalAsync(version, cancellationToken) is not { } original)
        {
            return NotFound();
        }

        return File(original.Content, original.ContentType, original.FileName);
    }
}
