using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Api;

/// <summary>
/// The portal on a database seeded with the demonstration data, shared by the tests of one class (the API
/// only reads, so they cannot disturb each other). Every SQL command the API runs is captured, so tests can
/// show that filters and aggregations ran in the database.
/// </summary>
public abstract class ApiPortal(TestDatabase database) : IAsyncLifetime
{
    private PortalFactory? _factory;

    public TestDatabase Database => database;

    public ConcurrentQueue<string> Sql { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public PortalFactory Factory => _factory ?? throw new InvalidOperationException("The portal has not started.");

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        _factory = new PortalFactory(database, seedDemo: true);
        Client = _factory.WithWebHostBuilder(builder => builder
                .UseSetting("Api:RequestsPerWindow", "100000")
                .ConfigureLogging(logging => logging
                    .AddProvider(new SqlCapture(Sql))
                    .AddFilter<SqlCapture>(SqlCapture.Category, LogLevel.Information)))
            .CreateClient();
        using var warmUp = await Client.GetAsync(new Uri("/health", UriKind.Relative));
        warmUp.EnsureSuccessStatusCode();
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

    /// <summary>GETs an OData URL that must succeed, and returns its JSON body.</summary>
    public async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The "value" array of a collection response.</summary>
    public async Task<List<JsonElement>> GetValuesAsync(string url) =>
        [.. (await GetJsonAsync(url)).GetProperty("value").EnumerateArray()];

    public async Task<(int Status, JsonElement Body, HttpResponseMessage Response)> GetErrorAsync(string url)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ((int)response.StatusCode, body, response);
    }

}

public sealed class SqliteApiPortal() : ApiPortal(new SqliteTestDatabase());

public sealed class PostgresApiPortal() : ApiPortal(new PostgresTestDatabase());
