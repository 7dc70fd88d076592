using Microsoft.Extensions.Logging;

namespace BridgeBot.Testing;

/// <summary>One log entry: the rendered message and the structured values it was logged with.</summary>
public sealed record RecordedLog(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception);
