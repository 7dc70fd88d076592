using BridgeBot.Domain.Conflicts;

namespace BridgeBot.Domain.Digests;

/// <summary>An escalated conflict waiting for the approver.</summary>
/// <param name="ConflictId">The conflict.</param>
/// <param name="Release">Its release.</param>
/// <param name="Escalation">To whom, why, since when.</param>
public sealed record EscalatedItem(ConflictId ConflictId, string Release, Escalation Escalation);
