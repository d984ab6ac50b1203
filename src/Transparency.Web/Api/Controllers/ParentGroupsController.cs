using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class ParentGroupsController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    public IQueryable<ParentGroup> Get() => db.ParentGroups;

    [PublicQuery]
    public SingleResult<ParentGroup> Get(int key) => SingleResult.Create(db.ParentGroups.Where(e => e.Id == key));
}
