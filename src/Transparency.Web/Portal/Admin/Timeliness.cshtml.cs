using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Transparency.Web.Administration;
using Transparency.Web.Domain;

namespace Transparency.Web.Portal.Admin;

public sealed class TimelinessModel(TimelinessReport report, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    public Quarter? Chosen { get; private set; }

    public IReadOnlyList<TimelinessRow> Rows { get; private set; } = [];

    public int Count(TimelinessStatus status) => Rows.Count(r => r.Status == status);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Quarter))
        {
            // The latest quarter whose returns are due: the one before the current quarter.
            Quarter = Domain.Quarter.Containing(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).Previous.ToString();
        }

        if (!Domain.Quarter.TryParse(Quarter, out var quarter, out var error))
        {
            ModelState.AddModelError(nameof(Quarter), error);
            return;
        }

        Chosen = quarter;
        Rows = await report.ForQuarterAsync(quarter, cancellationToken);
    }
}
