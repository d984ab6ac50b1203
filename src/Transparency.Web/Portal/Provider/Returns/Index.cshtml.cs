using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Transparency.Web.Accounts;
using Transparency.Web.Administration;
using Transparency.Web.Domain;
using Transparency.Web.Returns.Workflow;

namespace Transparency.Web.Portal.Provider.Returns;

/// <summary>The returns dashboard: the last four quarters with their status, and the templates to download.</summary>
public sealed class IndexModel(CurrentPublisher current, ReturnQueries queries, DeadlineRules deadlines, TimeProvider time) : PageModel
{
    private const int QuartersShown = 4;

    public IReadOnlyList<QuarterStatus> Quarters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (current.Get() is not { } publisher)
        {
            return Forbid();
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var latest = Quarter.Containing(today).Previous;
        var rows = new List<QuarterStatus>();
        for (var i = 0; i < QuartersShown; i++)
        {
            var quarter = latest.AddQuarters(-i);
            var history = await queries.GetHistoryAsync(publisher.OrganisationId, quarter, cancellationToken);
            var due = history?.DueDate ?? await deadlines.DueDateAsync(quarter, cancellationToken);
            var draft = history?.Versions.FirstOrDefault(v => v.Status == ReturnVersionStatus.Draft);
            var status = history?.Current is { } published ? $"Published version {published.VersionNumber}"
                : draft is not null ? "Draft"
                : "Not started";
            rows.Add(new QuarterStatus(quarter, due, status, history?.Current is null && today > due, draft?.Id));
        }

        Quarters = rows;
        return Page();
    }
}
