namespace Transparency.Web.Feeds.Downloads;

/// <summary>The rows of one part: keys from <see cref="From"/> up to but not including <see cref="To"/>, and one financial year or all.</summary>
public sealed record PartQuery(int From, int To, int? Year)
{
    public int FirstQuarter => Year is { } y ? (y * 10) + 1 : 0;

    public int LastQuarter => Year is { } y ? (y * 10) + 4 : int.MaxValue;
}
