using BridgeBot.Domain.Conflicts;

namespace BridgeBot.Domain.Digests;

/// <summary>An open conflict whose deadline is close (or past).</summary>
/// <param name="ConflictId">The conflict.</param>
/// <param name="Release">Its release.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="DaysLeft">Days from the digest's day to the deadline; negative once passed.</param>
/// <param name="MissingInputs">How many inputs (reasonings, approvals, a decision) are still owed.</param>
/// <param name="State">Where it stands.</param>
public sealed record DeadlineItem(ConflictId ConflictId, string Release, DateOnly Deadline, int DaysLeft, int MissingInputs, ConflictState State);
