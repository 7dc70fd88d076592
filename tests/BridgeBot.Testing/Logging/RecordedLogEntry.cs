using Microsoft.Extensions.Logging;

namespace BridgeBot.Testing.Logging;

/// <summary>One entry a <see cref="RecordingLogger"/> received.</summary>
/// <param name="Level">The level.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Values">The structured values by placeholder name.</param>
/// <param name="Exception">The exception logged with it, if any.</param>
public sealed record RecordedLogEntry(
    LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception);
