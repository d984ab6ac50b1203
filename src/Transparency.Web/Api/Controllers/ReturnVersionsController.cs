using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class ReturnVersionsController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    [ProducesResponseType<ODataPage<ReturnVersion>>(StatusCodes.Status200OK)]
    public IQueryable<ReturnVersion> Get() => db.ReturnVersions;

    [PublicQuery]
    [ProducesResponseType<ReturnVersion>(StatusCodes.Status200OK)]
    [ProducesResponseType<ODataErrorBody>(StatusCodes.Status404NotFound)]
    public SingleResult<ReturnVersion> Get(int key) => SingleResult.Create(db.ReturnVersions.Where(e => e.Id == key));
}
