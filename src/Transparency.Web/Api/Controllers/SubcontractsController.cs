using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class SubcontractsController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    [ProducesResponseType<ODataPage<Subcontract>>(StatusCodes.Status200OK)]
    public IQueryable<Subcontract> Get() => db.Subcontracts;

    [PublicQuery]
    [ProducesResponseType<Subcontract>(StatusCodes.Status200OK)]
    [ProducesResponseType<ODataErrorBody>(StatusCodes.Status404NotFound)]
    public SingleResult<Subcontract> Get(long key) => SingleResult.Create(db.Subcontracts.Where(e => e.Id == key));
}
