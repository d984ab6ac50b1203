using Transparency.Web.Data;
using Transparency.Web.Publication;

namespace Transparency.Web.Api.Totals;

/// <summary>
/// Whether the funding totals show exactly what the funding lines show now: their projection has applied every
/// entry of the publication log. Otherwise (just after a publication, during a rebuild, before the first build) the
/// API adds up the lines themselves, so an answer is never older than the data.
/// </summary>
public sealed class FundingTotalsFreshness(TransparencyDbContext db)
{
    public async Task<bool> IsCurrentAsync(CancellationToken cancellationToken)
    {
        var position = await DatabaseCheckpoints.PositionAsync(db, FundingTotalsProjection.ProjectionName, cancellationToken);
        return position is { } applied && applied == await PublicationLog.HeadAsync(db, cancellationToken);
    }
}
