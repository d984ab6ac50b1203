using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class SubcontractsController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    public IQueryable<Subcontract> Get() => db.Subcontracts;

    [PublicQuery]
    public SingleResult<Subcontract> Get(long key) => SingleResult.Create(db.Subcontracts.Where(e => e.Id == key));
}
