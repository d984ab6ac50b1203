using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class KpiResultsController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    [ProducesResponseType<ODataPage<KpiResult>>(StatusCodes.Status200OK)]
    public IQueryable<KpiResult> Get() => db.KpiResults;

    [PublicQuery]
    [ProducesResponseType<KpiResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ODataErrorBody>(StatusCodes.Status404NotFound)]
    public SingleResult<KpiResult> Get(long key) => SingleResult.Create(db.KpiResults.Where(e => e.Id == key));
}
