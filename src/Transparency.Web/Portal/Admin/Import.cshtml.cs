using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Transparency.Web.Administration.Registry;

namespace Transparency.Web.Portal.Admin;

[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public sealed class ImportModel(RegistryImporter importer) : PageModel
{
    private const int MaxBytes = 20 * 1024 * 1024;
    private const int SummaryLimit = 10;

    [BindProperty]
    public RegistryKind? Kind { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public string? FileName { get; private set; }

    public RegistryResult? Result { get; private set; }

    public IReadOnlyList<ErrorSummaryItem> Summary { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Select what the file holds");
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select a CSV file");
        }

        if (!ModelState.IsValid)
        {
            Summary = ErrorSummaryItem.From(ModelState, nameof(Kind), nameof(Upload));
            return Page();
        }

        FileName = Path.GetFileName(Upload!.FileName);
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, cancellationToken);
        Result = await importer.ImportAsync(Kind!.Value, buffer.ToArray(), cancellationToken);
        if (!Result.Succeeded)
        {
            var items = Result.Problems.Take(SummaryLimit).Select((p, i) => new ErrorSummaryItem($"problem-{i + 1}", Describe(p))).ToList();
            if (Result.Problems.Count > SummaryLimit)
            {
                items.Add(new ErrorSummaryItem("import-report", $"And {Result.Problems.Count - SummaryLimit} more problems listed below"));
            }

            Summary = items;
        }

        return Page();
    }

    private static string Describe(RegistryProblem problem) =>
        problem.Row is null ? $"{problem.Column}: {problem.Fix}" : $"Row {problem.Row}, '{problem.Column}': {problem.Fix}";
}
