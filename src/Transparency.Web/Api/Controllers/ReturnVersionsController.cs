using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class ReturnVersionsController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    public IQueryable<ReturnVersion> Get() => db.ReturnVersions;

    [PublicQuery]
    public SingleResult<ReturnVersion> Get(int key) => SingleResult.Create(db.ReturnVersions.Where(e => e.Id == key));
}
