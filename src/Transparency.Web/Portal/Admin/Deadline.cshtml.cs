using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Transparency.Web.Administration;
using Transparency.Web.Domain;

namespace Transparency.Web.Portal.Admin;

public sealed class DeadlineModel(DeadlineRules rules, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Months { get; set; }

    [BindProperty]
    public string? Days { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public DeadlineRule Current { get; private set; } = DeadlineRule.Default;

    public Quarter Example => Quarter.Containing(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).Previous;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Current = await rules.GetAsync(cancellationToken);
        Months = Current.MonthsAfterQuarterEnd.ToString(CultureInfo.InvariantCulture);
        Days = Current.ExtraDays.ToString(CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var months = Whole(nameof(Months), Months, DeadlineRule.MaxMonths, "Enter the number of months as a whole number from 0 to 12, like 1");
        var days = Whole(nameof(Days), Days, DeadlineRule.MaxDays, "Enter the number of extra days as a whole number from 0 to 60, like 0");
        if (months is null || days is null)
        {
            Current = await rules.GetAsync(cancellationToken);
            return Page();
        }

        await rules.SetAsync(new DeadlineRule(months.Value, days.Value), cancellationToken);
        return Redirect("/admin/deadline?saved=true");
    }

    private int? Whole(string field, string? value, int max, string fix)
    {
        if (int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= max)
        {
            return number;
        }

        ModelState.AddModelError(field, fix);
        return null;
    }
}
