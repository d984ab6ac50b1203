using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Transparency.Tests.Infrastructure;

/// <summary>The whole portal in memory, on the given test database, with its own data folder.</summary>
public sealed class PortalFactory(TestDatabase database, bool seedDemo = false) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("Database:ConnectionString", database.ConnectionString);
        builder.UseSetting("Storage:DataFolder", database.DataFolder);
        builder.UseSetting("Demo:SeedWhenEmpty", seedDemo ? "true" : "false");

        // Most tests never read the bulk files; those that do turn them on (FeedsPortal). The site's insights pages
        // follow every publication at once, so a test can compare the site with the database.
        builder.UseSetting("Feeds:BuildDownloadsOnStart", "false");
        builder.UseSetting("Site:IndexesRefreshInterval", "00:00:00");
    }
}
