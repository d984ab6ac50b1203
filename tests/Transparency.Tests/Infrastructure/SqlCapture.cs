using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Transparency.Tests.Infrastructure;

/// <summary>Keeps the text of every SQL command EF Core runs, so tests can show a query option ran in the database.</summary>
public sealed class SqlCapture(ConcurrentQueue<string> sql) : ILoggerProvider, ILogger
{
    public const string Category = "Microsoft.EntityFrameworkCore.Database.Command";

    public ILogger CreateLogger(string categoryName) =>
        categoryName == Category ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        sql.Enqueue(formatter(state, exception));

    public void Dispose()
    {
    }
}
