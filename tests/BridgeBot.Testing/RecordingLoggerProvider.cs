using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Testing;

/// <summary>
/// Keeps every log entry, with its structured values and the values of the scopes it was logged in, so a test can
/// check what was logged and how.
/// </summary>
public sealed class RecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<RecordedLog> logs = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<RecordedLog> Logs => [.. logs];

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, () => scopes, logs.Enqueue);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }
}
