using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// The totals and peer values of the portal's last build, kept between builds so that the incremental build after a
/// publication re-reads only the contracts it touches. Builds run one at a time (<see cref="Serving.SiteProjection"/>);
/// both are immutable and replaced whole.
/// </summary>
public sealed class SiteTotalsCache
{
    private SiteTotals? _last;
    private PeerValues? _lastPeers;

    public SiteTotals? Last
    {
        get => Volatile.Read(ref _last);
        set => Volatile.Write(ref _last, value);
    }

    /// <summary>Every comparable KPI's latest value as the last build read it (<see cref="ReadPeerBenchmarks"/>).</summary>
    public PeerValues? LastPeers
    {
        get => Volatile.Read(ref _lastPeers);
        set => Volatile.Write(ref _lastPeers, value);
    }
}
