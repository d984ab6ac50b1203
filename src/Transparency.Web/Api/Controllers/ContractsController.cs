using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class ContractsController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    [ProducesResponseType<ODataPage<Contract>>(StatusCodes.Status200OK)]
    public IQueryable<Contract> Get() => db.Contracts;

    [PublicQuery]
    [ProducesResponseType<Contract>(StatusCodes.Status200OK)]
    [ProducesResponseType<ODataErrorBody>(StatusCodes.Status404NotFound)]
    public SingleResult<Contract> Get(int key) => SingleResult.Create(db.Contracts.Where(e => e.Id == key));
}
