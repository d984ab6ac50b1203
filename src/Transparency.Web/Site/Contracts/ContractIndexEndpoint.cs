using Transparency.Web.Site.Model;
using Transparency.Web.Site.Serving;

namespace Transparency.Web.Site.Contracts;

/// <summary><c>GET /contracts/</c>: the contracts index, filtered by the query string and server-rendered into the built page.</summary>
public static class ContractIndexEndpoint
{
    public static void Map(WebApplication app, SiteFileProvider files) =>
        app.MapMethods("/contracts", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, ContractIndex index) =>
            PageRegion.ServeAsync(context, files, SiteUrls.Contracts, ContractIndexMarkup.Title, async () =>
            {
                var filters = ContractFilters.From(context.Request.Query, out var ignored);
                var page = await index.ReadAsync(filters, ignored, context.RequestAborted);
                return (ContractIndexMarkup.PageTitle(page), ContractIndexMarkup.Answer(page));
            }));
}
