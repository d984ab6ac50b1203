using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Site;

/// <summary>The portal with the site settings tests rely on: a fixed "as of" moment and no Pagefind run.</summary>
public static class SitePortal
{
    public static WebApplicationFactory<Program> Create(TestDatabase database, bool buildOnStart = true) =>
        new PortalFactory(database).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Site:AsOf", SiteFixture.AsOf);
            builder.UseSetting("Site:SearchIndex", "false");
            builder.UseSetting("Site:BaseUrl", "https://transparency.example");
            builder.UseSetting("Site:BuildOnStart", buildOnStart ? "true" : "false");
        });
}
