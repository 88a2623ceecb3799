namespace Mocean.Server.Hosting;

/// <summary>The logger provider that writes through the server's <see cref="LogQueue"/>.</summary>
[ProviderAlias("Queue")]
public sealed class QueueLoggerProvider(LogQueue queue) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new QueueLogger(queue, categoryName);

    public void Dispose() => queue.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private sealed class QueueLogger(LogQueue queue, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            queue.Enqueue(queue.Format(logLevel, category, formatter(state, exception), exception));
        }
    }
}
