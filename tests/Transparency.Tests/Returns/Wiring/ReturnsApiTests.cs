using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Transparency.Tests.Accounts;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;
using Transparency.Web.Returns.Standard;

namespace Transparency.Tests.Returns.Wiring;

/// <summary>The same journey through /api/returns with a token, and who may call it.</summary>
public abstract class ReturnsApiTests(TestDatabase database)
{
    private static readonly Quarter JourneyQuarter = new(2025, 1);

    [Fact]
    public async Task Journey_WithToken_RejectsThenCreatesPublishesRestatesAndListsVersions()
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var factory = new PortalFactory(database);
        var publisher = await ReturnsPublisher.CreateAsync(factory.Services, scenario.ProviderId);
        using var api = publisher.Api(factory);
        var path = Upload(JourneyQuarter);

        var mistaken = InputFormTests.SampleReturn(JourneyQuarter).Add(ReturnStandard.Funding, new() { ["contract_reference"] = "C-EMP-1", ["payment_type"] = "fee", ["amount"] = "1.234" });
        using var rejected = await api.PostAsync(path, ReturnsPublisher.Multipart(mistaken.CsvFiles()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        using (var problem = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync()))
        {
            var error = problem.RootElement.GetProperty("errors")[0];
            Assert.Equal((5, "1.234"), (error.GetProperty("row").GetInt32(), error.GetProperty("value").GetString()));
        }

        using var created = await api.PostAsync(path, new ByteArrayContent(InputFormTests.SampleReturn(JourneyQuarter).Json().Content) { Headers = { ContentType = new("application/json") } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var draft = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var draftHref = draft.RootElement.GetProperty("href").GetString()!;
        Assert.Equal(draftHref, created.Headers.Location!.OriginalString);

        using var read = JsonDocument.Parse(await api.GetStringAsync(new Uri(draftHref, UriKind.Relative)));
        Assert.Equal(1_325_010, read.RootElement.GetProperty("preview").GetProperty("totalFundingPence").GetInt64());

        using var published = await api.PostAsync(new Uri(draftHref + "/publish", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        var corrected = InputFormTests.SampleReturn(JourneyQuarter).Add(ReturnStandard.Funding, new() { ["contract_reference"] = "C-HOU-2", ["payment_type"] = "fee", ["amount"] = "10.00" });
        using var second = await api.PostAsync(path, ReturnsPublisher.Multipart(corrected.CsvFiles()));
        var secondHref = second.Headers.Location!.OriginalString;
        using var withoutReason = await api.PostAsync(new Uri(secondHref + "/publish", UriKind.Relative), null);
        using var restated = await api.PostAsJsonAsync(new Uri(secondHref + "/publish", UriKind.Relative), new { restatementReason = "Added a late invoice" });
        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.OK), (withoutReason.StatusCode, restated.StatusCode));

        using var history = JsonDocument.Parse(await api.GetStringAsync(new Uri($"/api/returns/{Uri.EscapeDataString(JourneyQuarter.ToString())}/versions", UriKind.Relative)));
        var versions = history.RootElement.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("versionNumber").GetInt32()));
        Assert.Equal("Added a late invoice", versions[0].GetProperty("restatementReason").GetString());
    }

    [Fact]
    public async Task Upload_SameBytesTwice_AnswersOkNamingTheDraft()
    {
        var quarter = new Quarter(2026, 4);
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var factory = new PortalFactory(database);
        using var api = (await ReturnsPublisher.CreateAsync(factory.Services, scenario.ProviderId)).Api(factory);

        using var first = await api.PostAsync(Upload(quarter), ReturnsPublisher.Multipart(InputFormTests.SampleReturn(quarter).CsvFiles()));
        using var again = await api.PostAsync(Upload(quarter), ReturnsPublisher.Multipart(InputFormTests.SampleReturn(quarter).CsvFiles()));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        using var body = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal("Draft", body.RootElement.GetProperty("status").GetString());
        Assert.Equal(first.Headers.Location!.OriginalString, $"/api/returns/drafts/{body.RootElement.GetProperty("versionId").GetInt32()}");
    }

    [Fact]
    public async Task Drafts_OfAnotherProvider_AreNotFoundAndCannotBePublished()
    {
        var quarter = new Quarter(2027, 2);
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var factory = new PortalFactory(database);
        var owner = await ReturnsPublisher.CreateAsync(factory.Services, scenario.ProviderId);
        var other = await AccountsFixture.CreateAsync(factory.Services);
        using var api = owner.Api(factory);
        using var stranger = owner.Api(factory, other.TokenB);
        using var anonymous = Portal.PortalBrowser.Create(factory);
        using var created = await api.PostAsync(Upload(quarter), ReturnsPublisher.Multipart(InputFormTests.SampleReturn(quarter).CsvFiles()));
        var href = new Uri(created.Headers.Location!.OriginalString, UriKind.Relative);

        using var read = await stranger.GetAsync(href);
        using var publish = await stranger.PostAsync(new Uri(href + "/publish", UriKind.Relative), null);
        using var anonymousUpload = await anonymous.PostAsync(Upload(quarter), ReturnsPublisher.Multipart(InputFormTests.SampleReturn(quarter).CsvFiles()));
        using var anonymousRead = await anonymous.GetAsync(href);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (anonymousUpload.StatusCode, anonymousRead.StatusCode));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(href)).StatusCode);
    }

    [Fact]
    public async Task Upload_LargerThanTheLimit_AnswersPayloadTooLarge()
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var factory = new PortalFactory(database).WithWebHostBuilder(b => b.UseSetting("Returns:MaxUploadBytes", "2048"));
        using var api = (await ReturnsPublisher.CreateAsync(factory.Services, scenario.ProviderId)).Api(factory);

        using var response = await api.PostAsync(Upload(new Quarter(2027, 3)), ReturnsPublisher.Multipart([new("funding.csv", new byte[4096])]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("The upload must be smaller than", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_ReturnsDocument_DescribesTheEndpointsAndLeavesThePublicDocumentAlone()
    {
        await using var factory = new PortalFactory(database);
        using var client = factory.CreateClient();

        var returns = await client.GetStringAsync(new Uri("/swagger/returns/swagger.json", UriKind.Relative));
        var data = await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));

        Assert.Contains("/api/returns/drafts/{id}/publish", returns, StringComparison.Ordinal);
        Assert.Contains("Upload a quarterly return", returns, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/returns", data, StringComparison.Ordinal);
    }

    private static Uri Upload(Quarter quarter) => new($"/api/returns?quarter={Uri.EscapeDataString(quarter.ToString())}", UriKind.Relative);
}

public sealed class SqliteReturnsApiTests(SqliteTestDatabase database) : ReturnsApiTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresReturnsApiTests(PostgresTestDatabase database) : ReturnsApiTests(database), IClassFixture<PostgresTestDatabase>;
