namespace Transparency.Web.Returns.Parsing;

/// <summary>A file as the provider sent it: its name (only the extension and, for CSV, the section are read from it) and its bytes.</summary>
public sealed record UploadedFile(string FileName, byte[] Content)
{
    public string Extension => Path.GetExtension(FileName).ToLowerInvariant();

    /// <summary>The name without any folder a browser or client put in front of it.</summary>
    public string DisplayName => Path.GetFileName(FileName.Replace('\\', '/'));

    /// <summary>Reads a stream into memory, stopping as soon as it passes the limit so an oversized upload is never held whole.</summary>
    public static async Task<UploadedFile?> ReadAsync(string fileName, Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return new UploadedFile(fileName, buffer.ToArray());
    }
}
