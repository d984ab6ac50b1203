using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Hosting;

/// <summary>
/// Error answers: a GOV.UK-style page for people and problem details for API callers, never a stack trace in any
/// environment, and every 5xx logged with the trace id the answer shows. Failures are caused for real, by hiding a
/// table the page or the token check reads, and the table is given back afterwards.
/// </summary>
public abstract class ErrorsTests(TestDatabase database)
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task PageThatFails_ShowsTheErrorPageWithItsTraceIdAndNoStackTrace(string environment)
    {
        var log = new LogCapture();
        await using var portal = Portal(environment, log);
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        using var warmUp = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        HttpResponseMessage response;
        await using (await HideAsync("Settings"))
        {
            response = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            var traceId = Assert.Single(response.Headers.GetValues("X-Trace-Id"));
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Sorry, there is a problem with the service", body, StringComparison.Ordinal);
            Assert.Contains($"<strong id=\"trace-id\">{traceId}</strong>", body, StringComparison.Ordinal);
            AssertNoStackTrace(body);
            AssertLogged(log, traceId, "/account/sign-in");
        }
    }

    [Fact]
    public async Task ApiThatFails_AnswersProblemDetailsWithItsTraceIdAndNoStackTrace()
    {
        var log = new LogCapture();
        await using var portal = Portal("Production", log);
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "tpt_a-token-that-is-looked-up-in-the-hidden-table");
        using var warmUp = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        HttpResponseMessage response;
        await using (await HideAsync("ApiTokens"))
        {
            response = await client.GetAsync(new Uri("/api/account", UriKind.Relative));
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            using var problem = JsonDocument.Parse(body);
            var traceId = Assert.Single(response.Headers.GetValues("X-Trace-Id"));
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(traceId, problem.RootElement.GetProperty("traceId").GetString());
            AssertNoStackTrace(body);
            AssertLogged(log, traceId, "/api/account");
        }
    }

    [Fact]
    public async Task StatusWithoutBody_GetsAPageForPeopleAndProblemDetailsForJsonClients()
    {
        await using var portal = Portal("Production");
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        using var page = await client.PostAsync(new Uri("/about/", UriKind.Relative), null);
        using var json = new HttpRequestMessage(HttpMethod.Post, new Uri("/about/", UriKind.Relative));
        json.Headers.Accept.ParseAdd("application/json");
        using var problem = await client.SendAsync(json);
        using var unknownApi = await client.GetAsync(new Uri("/api/no-such-thing", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("govuk-heading-l", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknownApi.StatusCode);
        Assert.Equal("application/problem+json", unknownApi.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ODataErrors_AreLeftToTheApi()
    {
        await using var portal = Portal("Production");
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/odata/Contracts?$filter=Nonsense eq 1", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(body.RootElement.TryGetProperty("error", out _), "An OData error body has an 'error' object.");
    }

    private WebApplicationFactory<Program> Portal(string environment, LogCapture? log = null) =>
        new PortalFactory(database).WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            b.UseSetting("Site:BuildOnStart", "false");
            log?.AddTo(b);
        });

    /// <summary>Renames a table so that anything reading it fails, and gives it its name back when disposed.</summary>
    private async Task<IAsyncDisposable> HideAsync(string table)
    {
        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync(Rename(table, table + "Hidden"));
        }

        return new Restore(database, table);
    }

    /// <summary>Table names are the test's own constants, not input.</summary>
    private static string Rename(string from, string to) => "ALTER TABLE \"" + from + "\" RENAME TO \"" + to + "\"";

    private static void AssertNoStackTrace(string body)
    {
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
    }

    private static void AssertLogged(LogCapture log, string traceId, string path)
    {
        var line = Assert.Single(log.Lines, l => l.Message.Contains(traceId, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Error, line.Level);
        Assert.Contains(path, line.Message, StringComparison.Ordinal);
        Assert.NotNull(line.Error);
    }

    private sealed class Restore(TestDatabase database, string table) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using var db = database.CreateContext();
            await db.Database.ExecuteSqlRawAsync(Rename(table + "Hidden", table));
        }
    }
}

public sealed class SqliteErrorsTests(SqliteTestDatabase database) : ErrorsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresErrorsTests(PostgresTestDatabase database) : ErrorsTests(database), IClassFixture<PostgresTestDatabase>;
