using Npgsql;

namespace Transparency.Tests.Infrastructure;

/// <summary>
/// A new database on the PostgreSQL server named by TRANSPARENCY_TEST_POSTGRES, which tests/run.sh
/// provides by starting a throwaway cluster. Without it these tests fail and say how to run them.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string EnvironmentVariable = "TRANSPARENCY_TEST_POSTGRES";

    private readonly string _name = $"transparency_test_{Guid.NewGuid():N}";

    public override string Provider => "Postgres";

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _name }.ToString();

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"PostgreSQL tests need a server: run tests/run.sh, which starts one, or set {EnvironmentVariable} to an Npgsql connection string. " +
                "To run only the SQLite tests: dotnet test --filter Engine!=Postgres");

    protected override async Task CreateAsync()
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
