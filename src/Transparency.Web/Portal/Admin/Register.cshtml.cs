using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Transparency.Web.Administration.Registry;

namespace Transparency.Web.Portal.Admin;

/// <summary>One form for organisations, contracts and KPI definitions, checked by the same rules as the CSV import.</summary>
public sealed class RegisterModel(OrganisationRegistry organisations, ContractRegistry contracts, KpiRegistry kpis) : PageModel
{
    public RegistryKind Kind { get; private set; }

    public IReadOnlyList<string> Columns { get; private set; } = [];

    public IReadOnlySet<string> Required { get; private set; } = new HashSet<string>();

    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

    public string? Saved { get; private set; }

    /// <summary>Problems in the order of the form's fields, as the GOV.UK error summary should list them.</summary>
    public IReadOnlyList<ErrorSummaryItem> Summary { get; private set; } = [];

    public IActionResult OnGet(string kind) => Prepare(kind) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string kind, CancellationToken cancellationToken)
    {
        if (!Prepare(kind))
        {
            return NotFound();
        }

        foreach (var column in Columns)
        {
            Values[column] = Request.Form.TryGetValue(column, out var value) ? value.ToString() : null;
        }

        var result = Kind switch
        {
            RegistryKind.Organisations => await organisations.RegisterAsync([(null, Fill(OrganisationRow.Columns))], cancellationToken),
            RegistryKind.Contracts => await contracts.RegisterAsync([(null, Fill(ContractRow.Columns))], cancellationToken),
            _ => await kpis.RegisterAsync([(null, Fill(KpiRow.Columns))], cancellationToken),
        };
        var ordered = result.Problems.OrderBy(p => Columns.ToList().IndexOf(p.Column)).ToList();
        foreach (var problem in ordered)
        {
            ModelState.AddModelError(problem.Column, problem.Fix);
        }

        Summary = [.. ordered.Select(p => new ErrorSummaryItem(ErrorSummaryItem.FieldId(p.Column), p.Fix))];

        if (result.Succeeded)
        {
            Saved = result.Created > 0 ? $"The {RegistryFields.Noun(Kind)} has been registered." : "The details have been saved.";
            Values.Clear();
            ModelState.Clear();
        }

        return Page();
    }

    private bool Prepare(string kind)
    {
        if (!RegistryFields.TryParseKind(kind, out var parsed))
        {
            return false;
        }

        Kind = parsed;
        Columns = RegistryImporter.ColumnsOf(parsed);
        Required = parsed switch
        {
            RegistryKind.Organisations => OrganisationRow.Columns.Where(c => c.Required).Select(c => c.Name).ToHashSet(),
            RegistryKind.Contracts => ContractRow.Columns.Where(c => c.Required).Select(c => c.Name).ToHashSet(),
            _ => KpiRow.Columns.Where(c => c.Required).Select(c => c.Name).ToHashSet(),
        };
        return true;
    }

    private T Fill<T>(IReadOnlyList<RegistryColumn<T>> columns)
        where T : new()
    {
        var row = new T();
        foreach (var column in columns)
        {
            column.Set(row, Values.GetValueOrDefault(column.Name));
        }

        return row;
    }
}
