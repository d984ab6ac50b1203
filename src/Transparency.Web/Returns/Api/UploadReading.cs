using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Transparency.Web.Returns.Parsing;

namespace Transparency.Web.Returns.Api;

/// <summary>
/// Reads an API upload into <see cref="UploadedFile"/>s without ever holding more than the limit: the declared
/// length is checked first, then each file is read with a cap. Too large answers 413 with a sentence saying the limit;
/// a compressed body or another media type 415; a multipart body without a boundary, or cut off, or with a broken
/// part 400. Each says what is accepted.
/// </summary>
public sealed record UploadReading(IReadOnlyList<UploadedFile> Files, IResult? Problem)
{
    // Multipart boundaries and headers add a little to the files themselves.
    private const long EnvelopeBytes = 64 * 1024;

    public static async Task<UploadReading> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBytes + EnvelopeBytes;
        }

        if (request.ContentLength > maxBytes + EnvelopeBytes)
        {
            return TooLarge(maxBytes);
        }

        if (request.Headers.ContentEncoding.Any(e => !string.Equals(e?.Trim(), "identity", StringComparison.OrdinalIgnoreCase)))
        {
            return Refused(StatusCodes.Status415UnsupportedMediaType, "Send the upload uncompressed",
                $"The portal does not accept compressed request bodies (Content-Encoding: {request.Headers.ContentEncoding}). Send the files as they are, in a multipart/form-data body, or a .zip of the CSV files as one file.");
        }

        var multipart = MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            && mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);
        if (multipart && HeaderUtilities.RemoveQuotes(mediaType!.Boundary).Length is 0 or > 70)
        {
            return Refused(StatusCodes.Status400BadRequest, "The multipart body cannot be read",
                "The Content-Type multipart/form-data has no boundary (or one longer than 70 characters), so the files in the body cannot be found. Let your HTTP library build the multipart body, or send Content-Type: multipart/form-data; boundary=… with the boundary the body uses.");
        }

        try
        {
            return multipart ? await ReadFormAsync(request, maxBytes, cancellationToken) : await ReadBodyAsync(request, maxBytes, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(maxBytes);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            // The form reader's own limits: the body, a part's headers or their number.
            return TooLarge(maxBytes);
        }
        catch (InvalidDataException)
        {
            return Refused(StatusCodes.Status400BadRequest, "The multipart body cannot be read",
                "A part of the multipart/form-data body cannot be read: each part needs headers such as Content-Disposition: form-data; name=\"files\"; filename=\"funding.csv\", a blank line, then the file. Let your HTTP library build the body.");
        }
        catch (IOException)
        {
            return Refused(StatusCodes.Status400BadRequest, "The multipart body is incomplete",
                $"The multipart/form-data body never finishes: its closing boundary (--{HeaderUtilities.RemoveQuotes(mediaType!.Boundary)}--) is missing, so the upload may have been cut off. Nothing was saved; send it again.");
        }
    }

    private static async Task<UploadReading> ReadFormAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes + EnvelopeBytes }, cancellationToken);
        var files = new List<UploadedFile>();
        var remaining = maxBytes;
        foreach (var formFile in form.Files)
        {
            await using var stream = formFile.OpenReadStream();
            if (await UploadedFile.ReadAsync(formFile.FileName, stream, remaining, cancellationToken) is not { } file)
            {
                return TooLarge(maxBytes);
            }

            remaining -= file.Content.Length;
            files.Add(file);
        }

        return files.Count == 0
            ? new([], ReturnsApi.Problem(StatusCodes.Status400BadRequest, "Attach the return", "Send the return as a file in a multipart/form-data field, or as a JSON body."))
            : new(files, null);
    }

    private static async Task<UploadReading> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Unsupported(request);
        }

        return await UploadedFile.ReadAsync("return.json", request.Body, maxBytes, cancellationToken) is { } file
            ? new([file], null)
            : TooLarge(maxBytes);
    }

    /// <summary>415 for a body that is neither multipart/form-data nor JSON, naming what was sent and what is accepted.</summary>
    public static UploadReading Unsupported(HttpRequest request) => Refused(StatusCodes.Status415UnsupportedMediaType, "Send a file or JSON",
        (string.IsNullOrWhiteSpace(request.ContentType) ? "The request has no Content-Type. " : $"The portal does not read {request.ContentType} bodies. ") +
        "Send the return as multipart/form-data (the .xlsx, .zip, .csv or .json file in a field named files) or as an application/json body in the standard's JSON form.");

    private static UploadReading Refused(int status, string title, string detail) => new([], ReturnsApi.Problem(status, title, detail));

    private static UploadReading TooLarge(long maxBytes) => new([], ReturnsApi.Problem(StatusCodes.Status413PayloadTooLarge, "The upload is too large",
        $"The upload must be smaller than {ReturnsOptions.Megabytes(maxBytes)}. Remove lines you do not need to publish, or send each section's CSV file on its own."));
}
