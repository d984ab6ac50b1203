using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class ContractsController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    public IQueryable<Contract> Get() => db.Contracts;

    [PublicQuery]
    public SingleResult<Contract> Get(int key) => SingleResult.Create(db.Contracts.Where(e => e.Id == key));
}
