using System.Diagnostics;
using System.Globalization;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Time spent in each step of a build. The page steps (model, render, write) run on several workers at once, so
/// theirs are summed over the workers and can exceed the wall time; the others are wall time.
/// </summary>
public sealed class BuildTimings
{
    private long _modelTicks;
    private long _renderTicks;
    private long _writeTicks;

    public TimeSpan ReadSite { get; set; }

    public TimeSpan ReadInsights { get; set; }

    public TimeSpan Pages { get; set; }

    public TimeSpan Sitemap { get; set; }

    public TimeSpan Assets { get; set; }

    public TimeSpan Search { get; set; }

    public TimeSpan Model => TimeSpan.FromTicks(Interlocked.Read(ref _modelTicks));

    public TimeSpan Render => TimeSpan.FromTicks(Interlocked.Read(ref _renderTicks));

    public TimeSpan Write => TimeSpan.FromTicks(Interlocked.Read(ref _writeTicks));

    public void AddModel(long startTimestamp) => Interlocked.Add(ref _modelTicks, Stopwatch.GetElapsedTime(startTimestamp).Ticks);

    public void AddRender(long startTimestamp) => Interlocked.Add(ref _renderTicks, Stopwatch.GetElapsedTime(startTimestamp).Ticks);

    public void AddWrite(long startTimestamp) => Interlocked.Add(ref _writeTicks, Stopwatch.GetElapsedTime(startTimestamp).Ticks);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"read site data {ReadSite.TotalSeconds:0.00} s, read insights alongside the pages {ReadInsights.TotalSeconds:0.00} s, pages {Pages.TotalSeconds:0.00} s (summed over workers: model {Model.TotalSeconds:0.00} s, render and write HTML {Render.TotalSeconds:0.00} s, CSV {Write.TotalSeconds:0.00} s), sitemap {Sitemap.TotalSeconds:0.00} s, assets {Assets.TotalSeconds:0.00} s, search index {Search.TotalSeconds:0.00} s");
}
