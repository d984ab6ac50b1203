namespace Transparency.Web.Returns.Validation;

/// <summary>Where a line came from, for messages about it.</summary>
public sealed record LineRef(SourcePlace Place, int Row)
{
    public string Where => Place.Where(Row);
}
