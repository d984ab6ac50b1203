using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Transparency.Tests.Infrastructure;

/// <summary>Every log line a test host writes, with its level and category, for tests that check what the log says.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Error)> _lines = new();

    public IReadOnlyList<(LogLevel Level, string Category, string Message, Exception? Error)> Lines => [.. _lines];

    /// <summary>Adds this capture to a test host's logging.</summary>
    public void AddTo(IWebHostBuilder builder) => builder.ConfigureServices(s => s.AddLogging(l => l.AddProvider(this)));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                capture._lines.Enqueue((logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}
