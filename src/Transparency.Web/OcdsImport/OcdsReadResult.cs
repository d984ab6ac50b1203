namespace Transparency.Web.OcdsImport;

/// <summary>The files found at a path, each with its awards or the reason it could not be read.</summary>
public sealed class OcdsReadResult
{
    public List<OcdsFile> Files { get; } = [];

    /// <summary>Set when there was nothing to read at all.</summary>
    public string? Problem { get; set; }
}
