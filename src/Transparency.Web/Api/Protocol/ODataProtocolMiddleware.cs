namespace Transparency.Web.Api.Protocol;

/// <summary>
/// The protocol rules every request under /odata meets before and after the library sees it: version headers
/// (400 or 406), format negotiation (406), the model as CSDL JSON when the client accepts JSON rather than XML, and
/// an OData error body for any failure that would otherwise leave an empty body or a server error page. It runs
/// around $batch too, and again inside each batched request, which the batch handler sends down the pipeline alone.
/// </summary>
public sealed class ODataProtocolMiddleware(RequestDelegate next, ILogger<ODataProtocolMiddleware> logger)
{
    private const string Seen = "Transparency.Api.ProtocolChecked";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Items.TryAdd(Seen, true))
        {
            await next(context);
            return;
        }

        var request = context.Request;
        if (ODataVersions.Problem(request) is var (status, message))
        {
            await ODataErrors.WriteAsync(context, status, ODataErrors.CodeFor(status), message);
            return;
        }

        if (ODataFormats.Refusal(request) is { } refusal)
        {
            await ODataErrors.WriteAsync(context, StatusCodes.Status406NotAcceptable, ODataErrors.CodeFor(StatusCodes.Status406NotAcceptable), refusal);
            return;
        }

        var (rewritten, unsupported) = ApplyPipeline.Rewrite(request.QueryString);
        if (unsupported is not null)
        {
            await ODataErrors.WriteAsync(context, StatusCodes.Status501NotImplemented, ODataErrors.NotImplemented, unsupported);
            return;
        }

        if (rewritten is { } query)
        {
            request.QueryString = query;
        }

        if (ODataFormats.KindOf(request) == ODataFormats.Answer.Metadata && ODataFormats.PrefersJsonModel(request))
        {
            request.QueryString = request.QueryString.Add("$format", ODataFormats.Json);
        }

        try
        {
            await next(context);
        }
        catch (Microsoft.OData.ODataException error) when (ODataFormats.KindOf(request) == ODataFormats.Answer.Batch && !context.Response.HasStarted)
        {
            // A batch that cannot be read or is over the limits: the reader's own words say what is wrong with it.
            context.Response.Clear();
            await ODataErrors.WriteAsync(context, StatusCodes.Status400BadRequest, ODataErrors.BadRequest, error.Message);
            return;
        }
        catch (Exception error) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(error, "OData request {Path} failed", request.Path);
            context.Response.Clear();
            await ODataErrors.WriteAsync(context, StatusCodes.Status500InternalServerError, ODataErrors.CodeFor(500),
                "The service could not answer this request because of a fault on our side. Try again later; if it keeps failing, report the address you asked for.");
            return;
        }

        // An answer without a body (a refused method, a status set by the framework): give it the error body. Inside a
        // batch the body is a buffer that never "starts", so its length tells whether anything was written.
        var response = context.Response;
        var written = response.HasStarted || response.ContentLength > 0 || (response.Body.CanSeek && response.Body.Length > 0);
        if (!written && response.StatusCode >= 400)
        {
            await ODataErrors.WriteAsync(context, response.StatusCode, ODataErrors.CodeFor(response.StatusCode), DefaultMessage(response.StatusCode));
        }
    }

    private static string DefaultMessage(int status) => status switch
    {
        StatusCodes.Status404NotFound => "Nothing is at this address. The service document /odata lists the entity sets; /odata/$metadata describes them.",
        StatusCodes.Status405MethodNotAllowed => "The API is read-only: use GET, or POST for $batch.",
        StatusCodes.Status406NotAcceptable => "This answer comes as JSON or CSV only.",
        StatusCodes.Status413PayloadTooLarge => "The request is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request's Content-Type is not one this address accepts.",
        _ => "The request could not be answered.",
    };
}
