using System.Net;
using System.Text.Json;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Health;

public abstract class HealthTests(TestDatabase database)
{
    [Fact]
    public async Task Health_WhenDatabaseReachable_AnswersHealthyJson()
    {
        await using var factory = new PortalFactory(database);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("database", body.RootElement.GetProperty("checks")[0].GetProperty("name").GetString());
    }
}

public sealed class SqliteHealthTests(SqliteTestDatabase database) : HealthTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresHealthTests(PostgresTestDatabase database) : HealthTests(database), IClassFixture<PostgresTestDatabase>;
