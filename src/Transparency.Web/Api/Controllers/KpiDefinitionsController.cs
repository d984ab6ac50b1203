using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class KpiDefinitionsController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    public IQueryable<KpiDefinition> Get() => db.KpiDefinitions;

    [PublicQuery]
    public SingleResult<KpiDefinition> Get(int key) => SingleResult.Create(db.KpiDefinitions.Where(e => e.Id == key));
}
