using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Query;
using Transparency.Web.Api.Totals;

namespace Transparency.Web.Api.Controllers;

public sealed class FundingController(PublicDataContext db, FundingTotalsReader funding) : PublicController
{
    [PublicQuery]
    [ProducesResponseType<ODataPage<Funding>>(StatusCodes.Status200OK)]
    public Task<IQueryable<Funding>> Get(CancellationToken cancellationToken) => funding.FundingAsync(Request, cancellationToken);

    [PublicQuery]
    [ProducesResponseType<Funding>(StatusCodes.Status200OK)]
    [ProducesResponseType<ODataErrorBody>(StatusCodes.Status404NotFound)]
    public SingleResult<Funding> Get(long key) => SingleResult.Create(db.Funding.Where(e => e.Id == key));
}
