using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class KpiResultsController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    public IQueryable<KpiResult> Get() => db.KpiResults;

    [PublicQuery]
    public SingleResult<KpiResult> Get(long key) => SingleResult.Create(db.KpiResults.Where(e => e.Id == key));
}
