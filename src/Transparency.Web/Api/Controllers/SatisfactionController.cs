using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class SatisfactionController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    public IQueryable<Satisfaction> Get() => db.Satisfaction;

    [PublicQuery]
    public SingleResult<Satisfaction> Get(long key) => SingleResult.Create(db.Satisfaction.Where(e => e.Id == key));
}
