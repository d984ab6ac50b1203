using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;
using Transparency.Web.Hosting.Bulkheads;

namespace Transparency.Tests.Hosting;

/// <summary>
/// Heavy requests run in their own compartments: when a compartment is full they wait briefly, then get 503 with
/// Retry-After, while light queries and the other compartment answer as usual; repeated heavy questions come from
/// the cache until the publication log moves on. The compartment is filled by taking its places in the test.
/// </summary>
public abstract class BulkheadTests(TestDatabase database)
{
    private const string Heavy = "/odata/RatingDistribution";

    private const string Timeliness = "/odata/TimelinessByQuarter";

    [Fact]
    public async Task FullCompartment_RefusesHeavyWithRetryAfter_LightAndFeedsStillAnswer()
    {
        await using var portal = Portal(("Bulkheads:HeavyQueries:Concurrency", "1"), ("Bulkheads:HeavyQueries:QueueLength", "0"), ("Bulkheads:CacheDuration", "00:00:00"));
        using var client = portal.CreateClient();
        var compartment = portal.Services.GetRequiredService<BulkheadCompartments>()[HeavyRequests.Queries];

        using (var held = await compartment.EnterAsync(CancellationToken.None))
        {
            Assert.NotNull(held);
            foreach (var heavy in new[] { Heavy, "/odata/Contracts?$expand=Provider", "/odata/Funding?$apply=aggregate(Amount with sum as Total)", "/odata/Contracts?$format=csv" })
            {
                using var refused = await client.GetAsync(new Uri(heavy, UriKind.Relative));
                using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
                Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"{heavy} has no Retry-After.");
                Assert.Equal("ServiceUnavailable", body.RootElement.GetProperty("error").GetProperty("code").GetString());
            }

            using var light = await client.GetAsync(new Uri("/odata/Contracts?$top=10", UriKind.Relative));
            using var feed = await client.GetAsync(new Uri("/feeds/returns.atom", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, light.StatusCode);
            Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        }

        using var afterwards = await client.GetAsync(new Uri(Heavy, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task FullCompartment_WithAQueue_RunsTheWaitingRequestWhenAPlaceFrees()
    {
        await using var portal = Portal(("Bulkheads:HeavyQueries:Concurrency", "1"), ("Bulkheads:HeavyQueries:QueueLength", "1"), ("Bulkheads:HeavyQueries:QueueTimeout", "00:00:30"));
        using var client = portal.CreateClient();
        var compartment = portal.Services.GetRequiredService<BulkheadCompartments>()[HeavyRequests.Queries];

        var held = await compartment.EnterAsync(CancellationToken.None);
        var waiting = client.GetAsync(new Uri(Heavy, UriKind.Relative));
        while (compartment.Load.Waiting == 0)
        {
            Assert.False(waiting.IsCompleted, "The heavy request did not wait for its place.");
            await Task.Delay(20);
        }

        using var overflow = await client.GetAsync(new Uri(Heavy + "?$top=1", UriKind.Relative));
        held!.Dispose();
        using var answered = await waiting;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, overflow.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    [Fact]
    public async Task RepeatedHeavyQuestion_IsAnsweredFromTheCacheUntilThePublicationLogMovesOn()
    {
        await using var portal = Portal();
        await using (var db = database.CreateContext())
        {
            await TestData.SeedMinimalAsync(db, new Quarter(2025, 1));
        }

        await portal.Services.CatchUpAsync("query-cache");
        using var client = portal.CreateClient();

        using var first = await client.GetAsync(new Uri(Timeliness, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(Timeliness, UriKind.Relative));
        using var otherQuestion = await client.GetAsync(new Uri(Timeliness + "?$top=1", UriKind.Relative));
        var cachedBody = await second.Content.ReadAsStringAsync();

        await using (var db = database.CreateContext())
        {
            await TestData.SeedMinimalAsync(db, new Quarter(2025, 2));
        }

        await portal.Services.CatchUpAsync("query-cache");
        using var afterPublication = await client.GetAsync(new Uri(Timeliness, UriKind.Relative));

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), cachedBody);
        Assert.Null(otherQuestion.Headers.Age);
        Assert.Null(afterPublication.Headers.Age);
        Assert.NotEqual(cachedBody, await afterPublication.Content.ReadAsStringAsync());
    }

    private WebApplicationFactory<Program> Portal(params (string Key, string Value)[] settings) =>
        new PortalFactory(database).WithWebHostBuilder(b =>
        {
            b.UseSetting("Site:BuildOnStart", "false");
            b.UseSetting("Api:RequestsPerWindow", "10000");
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });
}

public sealed class SqliteBulkheadTests(SqliteTestDatabase database) : BulkheadTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresBulkheadTests(PostgresTestDatabase database) : BulkheadTests(database), IClassFixture<PostgresTestDatabase>;
