using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Testing;

/// <summary>Keeps every log entry, with its structured values, so a test can check what was logged and how.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<RecordedLog> logs = new();

    public IReadOnlyList<RecordedLog> Logs => [.. logs];

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, logs.Enqueue);

    public void Dispose()
    {
    }
}
