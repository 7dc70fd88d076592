using Microsoft.Extensions.Logging;

namespace BridgeBot.Testing;

internal sealed class RecordingLogger(string category, Func<IExternalScopeProvider> scopes, Action<RecordedLog> record) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => scopes().Push(state);

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.ToDictionary(pair => pair.Key, pair => pair.Value)
            : [];
        var scoped = new Dictionary<string, object?>(StringComparer.Ordinal);
        scopes().ForEachScope(
            (scope, into) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> scopePairs)
                {
                    foreach (var (key, value) in scopePairs)
                    {
                        into[key] = value;
                    }
                }
            },
            scoped);
        record(new RecordedLog(category, logLevel, formatter(state, exception), values, exception) { Scopes = scoped });
    }
}
