using Microsoft.Data.Sqlite;

namespace Transparency.Tests.Infrastructure;

/// <summary>A SQLite file in a temporary folder: the same engine and file mode the portal uses by default.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    public override string Provider => "Sqlite";

    public override string ConnectionString => $"Data Source={Path.Combine(DataFolder, "test.db")};Default Timeout=30";

    protected override Task CreateAsync() => Task.CompletedTask;

    protected override Task DropAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}
