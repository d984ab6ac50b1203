using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class SatisfactionController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    [ProducesResponseType<ODataPage<Satisfaction>>(StatusCodes.Status200OK)]
    public IQueryable<Satisfaction> Get() => db.Satisfaction;

    [PublicQuery]
    [ProducesResponseType<Satisfaction>(StatusCodes.Status200OK)]
    [ProducesResponseType<ODataErrorBody>(StatusCodes.Status404NotFound)]
    public SingleResult<Satisfaction> Get(long key) => SingleResult.Create(db.Satisfaction.Where(e => e.Id == key));
}
