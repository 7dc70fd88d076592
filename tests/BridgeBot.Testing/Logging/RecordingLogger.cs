using Microsoft.Extensions.Logging;

namespace BridgeBot.Testing.Logging;

/// <summary>An <see cref="ILogger"/> that keeps every entry with its structured values, for assertions.</summary>
public sealed class RecordingLogger : ILogger
{
    private readonly Lock _gate = new();
    private readonly List<RecordedLogEntry> _entries = [];

    /// <summary>The entries logged so far.</summary>
    public IReadOnlyList<RecordedLogEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => true;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        var entry = new RecordedLogEntry(logLevel, formatter(state, exception), values.ToDictionary(pair => pair.Key, pair => pair.Value), exception);
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }
}
