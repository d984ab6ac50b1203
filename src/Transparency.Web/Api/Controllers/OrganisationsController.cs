using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class OrganisationsController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    [ProducesResponseType<ODataPage<Organisation>>(StatusCodes.Status200OK)]
    public IQueryable<Organisation> Get() => db.Organisations;

    [PublicQuery]
    [ProducesResponseType<Organisation>(StatusCodes.Status200OK)]
    [ProducesResponseType<ODataErrorBody>(StatusCodes.Status404NotFound)]
    public SingleResult<Organisation> Get(int key) => SingleResult.Create(db.Organisations.Where(e => e.Id == key));
}
