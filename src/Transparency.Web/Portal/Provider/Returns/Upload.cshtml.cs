using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Transparency.Web.Accounts;
using Transparency.Web.Domain;
using Transparency.Web.Returns;
using Transparency.Web.Returns.Parsing;
using Transparency.Web.Returns.Validation;
using Transparency.Web.Returns.Workflow;

namespace Transparency.Web.Portal.Provider.Returns;

/// <summary>
/// Upload a return. A rejected upload changes nothing and shows its report here, with the error summary linking
/// to each row of the table; an accepted one goes to its draft. The request limit is generous so that a file
/// over the returns limit reaches this page and gets a sentence, not a server error. Posts share the API's upload
/// rate limit (per organisation); showing the form does not count.
/// </summary>
[EnableRateLimiting(PortalRateLimits.Upload)]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class UploadModel(CurrentPublisher current, ReturnSubmissionService submissions, IOptions<ReturnsOptions> options, TimeProvider time) : PageModel
{
    private const long RequestLimit = 256L * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public long MaxBytes => options.Value.MaxUploadBytes;

    public IReadOnlyList<Quarter> Quarters { get; private set; } = [];

    public ValidationReport? Report { get; private set; }

    public string? DuplicateMessage { get; private set; }

    public IReadOnlyList<ErrorSummaryItem> Summary { get; private set; } = [];

    public void OnGet() => Prepare();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Prepare();
        if (current.Get() is not { } publisher)
        {
            return Forbid();
        }

        if (!Domain.Quarter.TryParse(Quarter, out var quarter) && !(int.TryParse(Quarter, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && TryFromCode(code, out quarter)))
        {
            ModelState.AddModelError(nameof(Quarter), "Select the quarter the return is for");
        }

        if (Files.Count == 0 || Files.All(f => f.Length == 0))
        {
            ModelState.AddModelError(nameof(Files), "Select the file or files to upload");
        }
        else if (Files.Sum(f => f.Length) > MaxBytes)
        {
            ModelState.AddModelError(nameof(Files), $"The file must be smaller than {ReturnsOptions.Megabytes(MaxBytes)}");
        }

        if (!ModelState.IsValid)
        {
            Summary = ErrorSummaryItem.From(ModelState, nameof(Quarter), nameof(Files));
            return Page();
        }

        var uploaded = new List<UploadedFile>();
        foreach (var file in Files.Where(f => f.Length > 0))
        {
            await using var stream = file.OpenReadStream();
            uploaded.Add((await UploadedFile.ReadAsync(file.FileName, stream, MaxBytes, cancellationToken))!);
        }

        var result = await submissions.SubmitAsync(
            new ReturnSubmission(publisher.OrganisationId, quarter, uploaded, publisher.Actor, HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        if (result.DraftVersionId is { } draftId)
        {
            return RedirectToPage("Draft", new { id = draftId });
        }

        Quarter = quarter.Code.ToString(CultureInfo.InvariantCulture);
        DuplicateMessage = result.Duplicate?.Message;
        Report = result.Duplicate is null ? result.Report : null;
        Summary = Report is null ? [] : [.. Report.Errors.Select(e => new ErrorSummaryItem(e.Anchor, e.Message))];
        return Page();
    }

    private void Prepare()
    {
        var latest = Domain.Quarter.Containing(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        Quarters = [.. Enumerable.Range(0, 6).Select(i => latest.AddQuarters(-i))];
        Quarter ??= latest.Previous.Code.ToString(CultureInfo.InvariantCulture);
    }

    private static bool TryFromCode(int code, out Quarter quarter)
    {
        quarter = default;
        if (code % 10 is < 1 or > 4 || code / 10 is < Domain.Quarter.MinYear or > Domain.Quarter.MaxYear)
        {
            return false;
        }

        quarter = Domain.Quarter.FromCode(code);
        return true;
    }
}
