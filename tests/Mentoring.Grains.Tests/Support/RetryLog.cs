using System.Collections.Concurrent;
using Mentoring.Storage.Faults;
using Microsoft.Extensions.Logging;

namespace Mentoring.Grains.Tests.Support;

/// <summary>Collects what <see cref="StorageRetry"/> logs on the silos it is added to: one line per retried fault.</summary>
public sealed class RetryLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _retries = new();

    public IReadOnlyList<string> Retries => [.. _retries];

    public ILogger CreateLogger(string categoryName) =>
        categoryName == typeof(StorageRetry).FullName ? new Collector(_retries) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Collector(ConcurrentQueue<string> retries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                retries.Enqueue(formatter(state, exception));
            }
        }
    }
}
