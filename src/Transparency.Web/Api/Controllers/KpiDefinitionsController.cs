using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Results;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Controllers;

public sealed class KpiDefinitionsController(PublicDataContext db) : PublicController
{
    [PublicQuery]
    [ProducesResponseType<ODataPage<KpiDefinition>>(StatusCodes.Status200OK)]
    public IQueryable<KpiDefinition> Get() => db.KpiDefinitions;

    [PublicQuery]
    [ProducesResponseType<KpiDefinition>(StatusCodes.Status200OK)]
    [ProducesResponseType<ODataErrorBody>(StatusCodes.Status404NotFound)]
    public SingleResult<KpiDefinition> Get(int key) => SingleResult.Create(db.KpiDefinitions.Where(e => e.Id == key));
}
