using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// The totals of the portal's last build, kept between builds so that the incremental build after a publication
/// re-reads only the contracts it touches. Builds run one at a time (<see cref="Serving.SiteUpdater"/>); the
/// totals are immutable and replaced whole.
/// </summary>
public sealed class SiteTotalsCache
{
    private SiteTotals? _last;

    public SiteTotals? Last
    {
        get => Volatile.Read(ref _last);
        set => Volatile.Write(ref _last, value);
    }
}
