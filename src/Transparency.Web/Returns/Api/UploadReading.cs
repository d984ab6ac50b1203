using Microsoft.AspNetCore.Http.Features;
using Transparency.Web.Returns.Parsing;

namespace Transparency.Web.Returns.Api;

/// <summary>
/// Reads an API upload into <see cref="UploadedFile"/>s without ever holding more than the limit: the declared
/// length is checked first, then each file is read with a cap. Too large answers 413 with a sentence saying the limit.
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

        try
        {
            return request.HasFormContentType ? await ReadFormAsync(request, maxBytes, cancellationToken) : await ReadBodyAsync(request, maxBytes, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(maxBytes);
        }
        catch (InvalidDataException)
        {
            return TooLarge(maxBytes);
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
            return new([], ReturnsApi.Problem(StatusCodes.Status415UnsupportedMediaType, "Send a file or JSON",
                "Send the return as multipart/form-data (the .xlsx, .zip, .csv or .json file) or as an application/json body."));
        }

        return await UploadedFile.ReadAsync("return.json", request.Body, maxBytes, cancellationToken) is { } file
            ? new([file], null)
            : TooLarge(maxBytes);
    }

    private static UploadReading TooLarge(long maxBytes) => new([], ReturnsApi.Problem(StatusCodes.Status413PayloadTooLarge, "The upload is too large",
        $"The upload must be smaller than {ReturnsOptions.Megabytes(maxBytes)}. Remove lines you do not need to publish, or send each section's CSV file on its own."));
}
