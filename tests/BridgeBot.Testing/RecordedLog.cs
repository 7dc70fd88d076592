using Microsoft.Extensions.Logging;

namespace BridgeBot.Testing;

/// <summary>One log entry: the rendered message, the structured values it was logged with, and those of its scopes.</summary>
public sealed record RecordedLog(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception)
{
    /// <summary>The values of the scopes the entry was logged in (the innermost wins a shared name).</summary>
    public IReadOnlyDictionary<string, object?> Scopes { get; init; } = new Dictionary<string, object?>();
}
