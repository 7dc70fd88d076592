using Microsoft.Extensions.Logging;

namespace BridgeBot.Testing;

internal sealed class RecordingLogger(string category, Action<RecordedLog> record) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.ToDictionary(pair => pair.Key, pair => pair.Value)
            : [];
        record(new RecordedLog(category, logLevel, formatter(state, exception), values, exception));
    }
}
