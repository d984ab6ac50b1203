using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Accounts;
using Transparency.Web.Administration;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Portal.Provider;

/// <summary>The provider's home: whom they publish for, and the contracts the next return covers.</summary>
public sealed class IndexModel(CurrentPublisher current, TransparencyDbContext db, DeadlineRules deadlines, TimeProvider time) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    public string Identifier { get; private set; } = string.Empty;

    public Quarter Quarter { get; private set; }

    public DateOnly DueDate { get; private set; }

    public IReadOnlyList<ProviderContract> Contracts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (current.Get() is not { } publisher)
        {
            return Forbid();
        }

        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == publisher.OrganisationId, cancellationToken);
        (Name, Identifier) = (organisation.Name, organisation.Identifier);
        Quarter = Quarter.Containing(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).Previous;
        DueDate = await deadlines.DueDateAsync(Quarter, cancellationToken);
        var (start, end) = (Quarter.StartDate, Quarter.EndDate);
        Contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.ProviderId == publisher.OrganisationId && c.StartDate <= end && c.EndDate >= start)
            .OrderBy(c => c.Reference)
            .Select(c => new ProviderContract(c.Reference, c.Title, c.Commissioner!.Name, c.Kpis.Count))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
