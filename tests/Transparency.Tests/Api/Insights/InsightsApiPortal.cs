using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Insights;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Tests.Api.Insights;

/// <summary>
/// The portal on <see cref="InsightsWorld"/>, with the clock stopped at <see cref="InsightsWorld.AsOf"/> so
/// the API judges timeliness on the same day as the insight tests. Every SQL command is captured.
/// </summary>
public abstract class InsightsApiPortal(TestDatabase database) : IAsyncLifetime
{
    private PortalFactory? _factory;
    private IServiceProvider? _services;

    public TestDatabase Database => database;

    public ConcurrentQueue<string> Sql { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await using (var db = database.CreateContext())
        {
            await InsightsWorld.EnsureSeededAsync(db);
            await SeedYearEarlierAndRegionsAsync(db);
        }

        _factory = new PortalFactory(database);
        var host = _factory.WithWebHostBuilder(builder => builder
            .UseSetting("Api:RequestsPerWindow", "100000")
            .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new StoppedClock(InsightsWorld.AsOf)))
            .ConfigureLogging(logging => logging
                .AddProvider(new SqlCapture(Sql))
                .AddFilter<SqlCapture>(SqlCapture.Category, LogLevel.Information)));
        Client = host.CreateClient();
        _services = host.Services;
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await database.DisposeAsync();
    }

    /// <summary>A scope of the portal's own services, to ask the insight services for the reference answer.</summary>
    public AsyncServiceScope Scope() => (_services ?? throw new InvalidOperationException("The portal has not started.")).CreateAsyncScope();

    public async Task<List<JsonElement>> GetValuesAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add("Prefer", "odata.maxpagesize=1000");
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {text}");
        return [.. JsonDocument.Parse(text).RootElement.GetProperty("value").EnumerateArray().Select(e => e.Clone())];
    }

    public async Task<(int Status, JsonElement Body)> GetErrorAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>The world has neither a year-earlier quarter nor regions: add a little of each, as those insight tests do.</summary>
    private static async Task SeedYearEarlierAndRegionsAsync(TransparencyDbContext db)
    {
        var c1 = await db.Contracts.Include(c => c.Kpis).Include(c => c.Provider).SingleAsync(c => c.Reference == "C1");
        new FactBuilder(InsightsWorld.Version(db, c1.Provider!, InsightsWorld.Q2.YearEarlier, InsightsWorld.Utc(2024, 10, 20, 9)), c1)
            .Result("K1", 18.0, KpiRating.RequiresImprovement).Result("K2", 88.0, KpiRating.RequiresImprovement);

        var buyer = TestData.Organisation("GB-GOR-ZZ950", "Department R (test)", LegalForm.PublicBody);
        (string Area, double Jobs)[] figures = [("E12000001", 20), ("E12000002", 29), ("E12000003", 35)];
        var contracts = Enumerable.Range(1, figures.Length)
            .Select(n => TestData.Contract(TestData.Organisation($"GB-COH-9950000{n}", $"Region Provider {n} Ltd"), buyer)
                .WithReference($"R{n}").WithKpi("K1", comparableMeasure: "SUSTAINED-JOB").Build())
            .ToList();
        db.AddRange(contracts);
        await db.SaveChangesAsync();
        for (var i = 0; i < contracts.Count; i++)
        {
            new FactBuilder(InsightsWorld.Version(db, contracts[i].Provider!, InsightsWorld.Q1, InsightsWorld.Utc(2025, 7, 1, 9)), contracts[i])
                .Funding(PaymentType.Fee, 100_000 * (i + 1))
                .Result("K1", figures[i].Jobs, KpiRating.Good, area: figures[i].Area);
        }

        await db.SaveChangesAsync();
    }

    private sealed class StoppedClock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now);
    }

}

public sealed class SqliteInsightsApiPortal() : InsightsApiPortal(new SqliteTestDatabase());

public sealed class PostgresInsightsApiPortal() : InsightsApiPortal(new PostgresTestDatabase());
