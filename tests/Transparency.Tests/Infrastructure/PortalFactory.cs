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
    }
}
