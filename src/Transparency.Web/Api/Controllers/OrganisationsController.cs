using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class OrganisationsController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    public IQueryable<Organisation> Get() => db.Organisations;

    [PublicQuery]
    public SingleResult<Organisation> Get(int key) => SingleResult.Create(db.Organisations.Where(e => e.Id == key));
}
