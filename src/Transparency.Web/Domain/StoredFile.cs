namespace Transparency.Web.Domain;

/// <summary>
/// An uploaded original, kept in the database so that every portal instance on the same database can preview
/// and publish a draft uploaded through another. Written once, never changed.
/// </summary>
public class StoredFile
{
    /// <summary>The server-chosen name (a GUID and the upload's extension) that <see cref="ReturnVersion.StoredFileName"/> refers to.</summary>
    public required string Name { get; set; }

    public required byte[] Content { get; set; }

    public long Bytes { get; set; }

    public DateTime StoredAt { get; set; }
}
