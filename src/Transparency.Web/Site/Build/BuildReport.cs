namespace Transparency.Web.Site.Build;

/// <summary>What a build wrote and how long it took.</summary>
public sealed record BuildReport(string Folder, int Pages, bool Full, bool SearchIndexed, TimeSpan ReadTime, TimeSpan RenderTime, TimeSpan Elapsed)
{
    public double PagesPerSecond => Pages / Math.Max(RenderTime.TotalSeconds + ReadTime.TotalSeconds, 1e-6);

    public BuildTimings Timings { get; init; } = new();

    /// <summary>For a full build, the folders Pagefind reads (<see cref="IndexSearch.GlobFor"/>), kept for later refreshes of the index.</summary>
    public string? SearchGlob { get; init; }
}
