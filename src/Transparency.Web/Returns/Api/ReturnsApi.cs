using Microsoft.AspNetCore.Mvc;
using Transparency.Web.Accounts;
using Transparency.Web.Returns.Workflow;

namespace Transparency.Web.Returns.Api;

/// <summary>
/// The returns API under /api/returns: upload (multipart files or the standard's JSON form), a draft with its
/// report and preview, publish or restate, and a quarter's history. Every call acts for the caller's own
/// organisation (a provider user's cookie or a bearer token); the services decide what another's ids answer.
/// </summary>
public static class ReturnsApi
{
    public const string GroupName = "returns";

    public static void MapReturnsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/returns").RequireAuthorization(PortalPolicies.Publisher)
            .WithGroupName(GroupName).WithTags("Returns")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapPost("/", ReturnsApiHandlers.UploadAsync)
            .RequireRateLimiting(PortalRateLimits.Upload)
            .DisableAntiforgery()
            .WithName("UploadReturn")
            .WithSummary("Upload a quarterly return")
            .WithDescription("Send the return for the quarter given in `quarter` (like `2025-26 Q2`) as multipart/form-data (one .xlsx, one .zip of section CSVs, one or more section CSVs, or one .json file) or as an application/json body in the standard's JSON form. A clean upload (warnings allowed) becomes a draft: 201 with the draft and its report. An upload with errors changes nothing: 422 problem details listing every error and warning. The same bytes again change nothing: 200 naming the version they match. Too large: 413. Another media type or a compressed body (Content-Encoding): 415. A multipart body without a boundary, cut off or with a broken part: 400.")
            .Accepts<IFormFileCollection>("multipart/form-data", "application/json")
            .Produces<DraftResource>(StatusCodes.Status201Created)
            .Produces<DuplicateResource>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        // Routing sends bodies the endpoint above does not accept (text/csv, XML, a form, no Content-Type) here, so they
        // get a 415 saying what is accepted instead of the empty 405 the router would give.
        api.MapPost("/", (HttpContext context) => UploadReading.Unsupported(context.Request).Problem!)
            .RequireRateLimiting(PortalRateLimits.Upload)
            .DisableAntiforgery()
            .ExcludeFromDescription();

        api.MapGet("/drafts/{id:int}", ReturnsApiHandlers.GetDraftAsync)
            .WithName("GetDraft")
            .WithSummary("A draft with its report and a preview of exactly what publishing it would make public")
            .Produces<DraftResource>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/drafts/{id:int}/publish", ReturnsApiHandlers.PublishAsync)
            .DisableAntiforgery()
            .WithName("PublishDraft")
            .WithSummary("Publish a draft, or restate a published quarter (then restatementReason is required)")
            .Produces<PublishedResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/{quarter}/versions", ReturnsApiHandlers.GetVersionsAsync)
            .WithName("GetReturnVersions")
            .WithSummary("Every version of your return for a quarter (like `2025-26 Q2`), newest first")
            .Produces<ReturnHistory>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>Web defaults with enums as their names ("Published", not 2), for this API's resources only.</summary>
    internal static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    internal static IResult Ok(object value, int status = StatusCodes.Status200OK) => Results.Json(value, Json, statusCode: status);

    internal static IResult Problem(int status, string title, string detail) =>
        Results.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });
}
