namespace Transparency.Web.Feeds.Downloads.Storage;

/// <summary>
/// What surrounds part bodies in a file: the CSV header row, JSON brackets and commas, an OCDS or 360Giving package's
/// opening and closing. The same framing makes a part's own file (header, one body, footer) and a whole file (header,
/// every body with the separator between them, footer); <c>path</c> and <c>latest</c> are those of the file being
/// framed, for packages that name their own address and date.
/// </summary>
public abstract class PartFraming
{
    public abstract string MediaType { get; }

    public virtual byte[] Separator => [];

    public abstract byte[] Header(string path, DateTime? latest);

    public virtual byte[] Footer(string path, DateTime? latest) => [];
}
