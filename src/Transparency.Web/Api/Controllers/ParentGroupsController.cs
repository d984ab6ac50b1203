using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class ParentGroupsController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    [ProducesResponseType<ODataPage<ParentGroup>>(StatusCodes.Status200OK)]
    public IQueryable<ParentGroup> Get() => db.ParentGroups;

    [PublicQuery]
    [ProducesResponseType<ParentGroup>(StatusCodes.Status200OK)]
    [ProducesResponseType<ODataErrorBody>(StatusCodes.Status404NotFound)]
    public SingleResult<ParentGroup> Get(int key) => SingleResult.Create(db.ParentGroups.Where(e => e.Id == key));
}
