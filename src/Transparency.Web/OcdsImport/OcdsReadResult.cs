namespace Transparency.Web.OcdsImport;

/// <summary>The awards read from OCDS files, and the files that could not be read.</summary>
public sealed class OcdsReadResult(int files)
{
    public int Files { get; } = files;

    public List<OcdsAward> Awards { get; } = [];

    public List<string> Errors { get; } = [];
}
