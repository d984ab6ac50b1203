using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Insights;

/// <summary>Seeds <see cref="InsightsWorld"/> into the class's database before each test (once per database).</summary>
public abstract class WorldTests(TestDatabase database) : IAsyncLifetime
{
    protected TestDatabase Database { get; } = database;

    public async Task InitializeAsync()
    {
        await using var db = Database.CreateContext();
        await InsightsWorld.EnsureSeededAsync(db);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
