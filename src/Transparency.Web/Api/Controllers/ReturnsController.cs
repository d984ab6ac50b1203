using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class ReturnsController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    [ProducesResponseType<ODataPage<Return>>(StatusCodes.Status200OK)]
    public IQueryable<Return> Get() => db.Returns;

    [PublicQuery]
    [ProducesResponseType<Return>(StatusCodes.Status200OK)]
    [ProducesResponseType<ODataErrorBody>(StatusCodes.Status404NotFound)]
    public SingleResult<Return> Get(int key) => SingleResult.Create(db.Returns.Where(e => e.Id == key));
}
