namespace BridgeBot.Domain.Conflicts.Events;

/// <summary>A decided conflict was reopened; its decision stays until a new one supersedes it.</summary>
/// <param name="Stamp">Conflict, sequence, time and actor.</param>
/// <param name="DecisionNumber">The decision that is being reconsidered.</param>
/// <param name="Reason">Why.</param>
public sealed record ConflictReopened(EventStamp Stamp, int DecisionNumber, string Reason) : ConflictEvent(Stamp)
{
    /// <inheritdoc />
    public override string Summary => $"{Stamp.Actor} reopened decision {DecisionNumber}: {Reason}";
}
