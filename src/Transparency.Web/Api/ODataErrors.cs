using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OData;

namespace Transparency.Web.Api;

/// <summary>
/// The one shape of every error under /odata: <c>{"error":{"code":…,"message":…}}</c> with an OData-Version header,
/// whether it comes from a controller (<see cref="Result"/>) or from middleware before any controller runs
/// (<see cref="WriteAsync"/>). The message says what to do, never how the server failed.
/// </summary>
public static class ODataErrors
{
    public const string BadRequest = "BadRequest";
    public const string NotFound = "NotFound";
    public const string NotImplemented = "NotImplemented";

    public static ObjectResult Result(int status, string code, string message) =>
        new(new ODataError { Code = code, Message = message }) { StatusCode = status };

    public static ObjectResult NoSuchResource(string message) => Result(StatusCodes.Status404NotFound, NotFound, message);

    public static ObjectResult Unsupported(string message) => Result(StatusCodes.Status501NotImplemented, NotImplemented, message);

    public static async Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers["OData-Version"] = Protocol.ODataVersions.ResponseVersion(context.Request);
        // Relaxed escaping: the body is JSON served as JSON, and apostrophes in messages stay readable.
        await using var writer = new Utf8JsonWriter(response.Body, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteStartObject("error");
        writer.WriteString("code", code);
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }

    /// <summary>The code written beside a status that has no more particular one.</summary>
    public static string CodeFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => BadRequest,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => "MethodNotAllowed",
        StatusCodes.Status406NotAcceptable => "NotAcceptable",
        StatusCodes.Status413PayloadTooLarge => "PayloadTooLarge",
        StatusCodes.Status415UnsupportedMediaType => "UnsupportedMediaType",
        StatusCodes.Status429TooManyRequests => "TooManyRequests",
        StatusCodes.Status501NotImplemented => NotImplemented,
        StatusCodes.Status503ServiceUnavailable => "ServiceUnavailable",
        _ when status >= 500 => "InternalServerError",
        _ => "Error",
    };
}
