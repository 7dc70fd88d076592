using BridgeBot.Domain.Conflicts.Events;

namespace BridgeBot.Domain.Conflicts;

/// <summary>An accepted state change: the conflict before and after, and the log entries it appends.</summary>
/// <param name="Before">The conflict as it was read; null when the change opened it.</param>
/// <param name="After">The conflict after the change; its version is the last entry's sequence.</param>
/// <param name="Events">The new log entries, in sequence order, never empty.</param>
public sealed record Transition(ReleaseConflict? Before, ReleaseConflict After, IReadOnlyList<ConflictEvent> Events);
