using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;

namespace Transparency.Web.Api.Totals;

/// <summary>
/// Chooses what <c>GET /odata/Funding</c> reads: the totals (by quarter, or over all time when the query names no
/// quarter), when the request is an aggregation they answer exactly
/// (<see cref="FundingTotalsShape"/>) and they are at the log head (<see cref="FundingTotalsFreshness"/>); otherwise
/// the lines. The whole-history total by sector then adds up one row per contract, quarter and payment type instead
/// of every line checked against its version.
/// </summary>
public sealed class FundingTotalsReader(
    PublicDataContext lines, FundingTotalsDataContext quarterTotals, FundingAllTimeTotalsDataContext allTimeTotals, FundingTotalsFreshness freshness)
{
    public async Task<IQueryable<Funding>> FundingAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var grain = GrainFor(request);
        if (grain == FundingTotalsGrain.None || !await freshness.IsCurrentAsync(cancellationToken))
        {
            return lines.Funding;
        }

        return grain == FundingTotalsGrain.Contract ? allTimeTotals.Funding : quarterTotals.Funding;
    }

    private static FundingTotalsGrain GrainFor(HttpRequest request)
    {
        var feature = request.ODataFeature();
        if (feature.Model is null || feature.Path is not [EntitySetSegment { EntitySet.Name: "Funding" }] || !request.Query.ContainsKey("$apply"))
        {
            return FundingTotalsGrain.None;
        }

        try
        {
            return FundingTotalsShape.GrainFor(new ODataQueryOptions<Funding>(new ODataQueryContext(feature.Model, typeof(Funding), feature.Path), request));
        }
        catch (ODataException)
        {
            // The library reports the malformed query when it applies it to the lines.
            return FundingTotalsGrain.None;
        }
    }
}
