using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Returns;
using Transparency.Tests.Returns.Wiring;
using Transparency.Web.Domain;
using Transparency.Web.Publication;

namespace Transparency.Tests.Publication;

/// <summary>
/// The README's arrangement for several instances, for real: two portal processes on one PostgreSQL database behind
/// HAProxy. A return published through the load balancer is served the same by both instances.
/// </summary>
[Trait(Engines.Trait, Engines.Postgres)]
public sealed class LoadBalancerTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private static readonly Quarter Quarter = new(2025, 3);

    [Fact]
    public async Task Publish_ThroughHaproxy_IsServedIdenticallyByBothInstances()
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        string token;
        await using (var factory = new PortalFactory(database))
        {
            token = (await ReturnsPublisher.CreateAsync(factory.Services, scenario.ProviderId)).Token;
        }

        // Inside the fixture's folder, which is removed once the processes are gone.
        await using var one = await PortalServerProcess.StartAsync(database, Directory.CreateDirectory(Path.Combine(database.DataFolder, "one")).FullName);
        await using var two = await PortalServerProcess.StartAsync(database, Directory.CreateDirectory(Path.Combine(database.DataFolder, "two")).FullName);
        await using var proxy = await HaproxyProcess.StartAsync(one.Address, two.Address);
        using var client = new HttpClient { BaseAddress = proxy.Address };

        using var upload = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/returns?quarter={Uri.EscapeDataString(Quarter.ToString())}", UriKind.Relative))
        {
            Content = ReturnsPublisher.Multipart(InputFormTests.SampleReturn(Quarter).CsvFiles()),
        };
        upload.Headers.Authorization = new("Bearer", token);
        using var uploaded = await client.SendAsync(upload);
        using var draft = System.Text.Json.JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync());
        using var publish = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/returns/drafts/{draft.RootElement.GetProperty("id").GetInt32()}/publish", UriKind.Relative));
        publish.Headers.Authorization = new("Bearer", token);
        using var published = await client.SendAsync(publish);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());

        long head;
        string identifier;
        await using (var db = database.CreateContext())
        {
            head = await PublicationLog.HeadAsync(db, CancellationToken.None);
            identifier = await db.Organisations.Where(o => o.Id == scenario.ProviderId).Select(o => o.Identifier).SingleAsync();
        }

        await one.CatchUpAsync(head, "site", "feeds");
        await two.CatchUpAsync(head, "site", "feeds");
        var page = new Uri($"/providers/{identifier.ToLowerInvariant()}/returns/", UriKind.Relative);
        var answers = new List<(string Server, string Body)>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync(page);
            answers.Add((response.Headers.GetValues("X-Served-By").Single(), await response.Content.ReadAsStringAsync()));
        }

        Assert.Equal(["portal1", "portal2"], answers.Select(a => a.Server).Distinct().Order());
        Assert.Single(answers.Select(a => a.Body).Distinct());
        Assert.Contains(Quarter.ToString(), answers[0].Body, StringComparison.Ordinal);
    }
}
