using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class ReturnsController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    public IQueryable<Return> Get() => db.Returns;

    [PublicQuery]
    public SingleResult<Return> Get(int key) => SingleResult.Create(db.Returns.Where(e => e.Id == key));
}
