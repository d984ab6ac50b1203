using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class FundingController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    public IQueryable<Funding> Get() => db.Funding;

    [PublicQuery]
    public SingleResult<Funding> Get(long key) => SingleResult.Create(db.Funding.Where(e => e.Id == key));
}
