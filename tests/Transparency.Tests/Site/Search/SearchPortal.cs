using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Site.Search;
using Transparency.Web.Site.Serving;

namespace Transparency.Tests.Site.Search;

/// <summary>The portal on the demonstration data with its site built and the search index caught up, shared by one test class.</summary>
public abstract class SearchPortal(TestDatabase database) : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    public TestDatabase Database => database;

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("The portal has not started.");

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        _factory = new PortalFactory(database, seedDemo: true).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Site:SearchIndex", "false");
            builder.UseSetting("Site:BaseUrl", "https://transparency.example");
        });
        Client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await CatchUpAsync();
    }

    public Task CatchUpAsync() => Factory.Services.CatchUpAsync(SearchProjection.ProjectionName, SiteProjection.ProjectionName);

    public async Task<SearchResults> SearchAsync(string query, int pageSize = SiteSearch.PageSize)
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SiteSearch>().SearchAsync(query, 1, pageSize, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await database.DisposeAsync();
    }
}

public sealed class SqliteSearchPortal() : SearchPortal(new SqliteTestDatabase());

public sealed class PostgresSearchPortal() : SearchPortal(new PostgresTestDatabase());
