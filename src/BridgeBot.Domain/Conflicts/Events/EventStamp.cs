using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts.Events;

/// <summary>What every log entry carries: which conflict, its place in the log, when and who.</summary>
/// <param name="ConflictId">The conflict.</param>
/// <param name="Sequence">1, 2, 3… per conflict, without gaps; equal to the conflict's version after the entry.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it (<see cref="UserRef.System"/> for automatic steps).</param>
public sealed record EventStamp(ConflictId ConflictId, int Sequence, DateTimeOffset At, UserRef Actor);
