using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Transparency.Web.Accounts;
using Transparency.Web.Domain;
using Transparency.Web.Publication;
using Transparency.Web.Returns.Parsing;
using Transparency.Web.Returns.Workflow;

namespace Transparency.Web.Returns.Api;

/// <summary>The handlers behind <see cref="ReturnsApi"/>.</summary>
public static class ReturnsApiHandlers
{
    public static async Task<IResult> UploadAsync(string? quarter, HttpContext context, CurrentPublisher current,
        ReturnSubmissionService submissions, IOptions<ReturnsOptions> options, CancellationToken cancellationToken)
    {
        if (current.Get() is not { } publisher)
        {
            return Results.Forbid();
        }

        if (!Quarter.TryParse(quarter, out var chosen, out var quarterError))
        {
            return ReturnsApi.Problem(StatusCodes.Status400BadRequest, "Give the quarter", $"Add ?quarter= to the address, like ?quarter=2025-26 Q2. {quarterError}");
        }

        var files = await UploadReading.ReadAsync(context.Request, options.Value.MaxUploadBytes, cancellationToken);
        if (files.Problem is { } problem)
        {
            return problem;
        }

        var result = await submissions.SubmitAsync(
            new ReturnSubmission(publisher.OrganisationId, chosen, files.Files, publisher.Actor, context.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        if (result.Duplicate is { } duplicate)
        {
            return ReturnsApi.Ok(new DuplicateResource(duplicate.VersionId, duplicate.VersionNumber, duplicate.Status.ToString(), duplicate.Quarter.ToString(), duplicate.Message));
        }

        if (result.DraftVersionId is not { } draftId)
        {
            return Results.Problem(ReturnProblemDetails.From(result.Report, instance: context.Request.Path));
        }

        var draft = Draft(draftId, chosen, result.Report, null);
        context.Response.Headers.Location = draft.Href;
        return ReturnsApi.Ok(draft, StatusCodes.Status201Created);
    }

    public static async Task<IResult> GetDraftAsync(int id, CurrentPublisher current, ReturnQueries queries, CancellationToken cancellationToken)
    {
        if (current.Get() is not { } publisher)
        {
            return Results.Forbid();
        }

        return await queries.GetPreviewAsync(id, publisher.OrganisationId, cancellationToken) is { } preview
            ? ReturnsApi.Ok(Draft(id, preview.Quarter, preview.Report, preview))
            : ReturnsApi.Problem(StatusCodes.Status404NotFound, "Draft not found", "There is no draft with this id for your organisation. It may have been published already.");
    }

    public static async Task<IResult> PublishAsync(int id, string? restatementReason, HttpContext context, CurrentPublisher current,
        ReturnPublisher publisher, ReturnQueries queries, PublicOutputs outputs, CancellationToken cancellationToken)
    {
        if (current.Get() is not { } acting)
        {
            return Results.Forbid();
        }

        var reason = restatementReason ?? await ReadReasonAsync(context.Request, cancellationToken);
        var result = await publisher.PublishAsync(
            new PublishRequest(id, acting.Actor, context.Connection.RemoteIpAddress?.ToString(), reason, acting.OrganisationId), cancellationToken);
        if (result.Succeeded && await queries.GetVersionAsync(result.VersionId ?? id, cancellationToken) is { } version)
        {
            var history = await queries.GetHistoryWithVisibilityAsync(version.ProviderId, version.Quarter, outputs, cancellationToken);
            return ReturnsApi.Ok(new PublishedResource(version.Version.Id, version.Version.VersionNumber, result.Message,
                $"/api/returns/{Uri.EscapeDataString(version.Quarter.ToString())}/versions", history?.PublicPage, await outputs.ForVersionAsync(version.Version.Id, cancellationToken)));
        }

        return result.Outcome switch
        {
            ReturnActionOutcome.Invalid when result.Report is { } report => Results.Problem(ReturnProblemDetails.From(report, instance: context.Request.Path)),
            var outcome => ReturnsApi.Problem(Status(outcome), Title(outcome), result.Message),
        };
    }

    public static async Task<IResult> GetVersionsAsync(string quarter, CurrentPublisher current, ReturnQueries queries, PublicOutputs outputs, CancellationToken cancellationToken)
    {
        if (current.Get() is not { } publisher)
        {
            return Results.Forbid();
        }

        if (!Quarter.TryParse(quarter, out var chosen, out var error))
        {
            return ReturnsApi.Problem(StatusCodes.Status400BadRequest, "Give the quarter like 2025-26 Q2", error);
        }

        return await queries.GetHistoryWithVisibilityAsync(publisher.OrganisationId, chosen, outputs, cancellationToken) is { } history
            ? ReturnsApi.Ok(history)
            : ReturnsApi.Problem(StatusCodes.Status404NotFound, "No return for this quarter", $"Your organisation has not uploaded a return for {chosen} yet.");
    }

    internal static int Status(ReturnActionOutcome outcome) => outcome switch
    {
        ReturnActionOutcome.NotFound => StatusCodes.Status404NotFound,
        ReturnActionOutcome.Forbidden => StatusCodes.Status403Forbidden,
        ReturnActionOutcome.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    private static string Title(ReturnActionOutcome outcome) => outcome switch
    {
        ReturnActionOutcome.NotFound => "Not found",
        ReturnActionOutcome.Forbidden => "Not your organisation's return",
        ReturnActionOutcome.Conflict => "Already published",
        ReturnActionOutcome.ReasonRequired => "Give a reason for the restatement",
        _ => "The return cannot be published",
    };

    private static DraftResource Draft(int id, Quarter quarter, Validation.ValidationReport report, ReturnPreview? preview) =>
        new(id, quarter.ToString(), "draft", $"/api/returns/drafts/{id}", $"/api/returns/drafts/{id}/publish", [.. report.Errors], [.. report.Warnings], preview);

    private static async Task<string?> ReadReasonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            var body = await request.ReadFromJsonAsync<PublishBody>(cancellationToken);
            return body?.RestatementReason;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
