namespace BridgeBot.Domain.Conflicts.Events;

/// <summary>The conflict was withdrawn.</summary>
/// <param name="Stamp">Conflict, sequence, time and actor.</param>
/// <param name="Reason">Why.</param>
public sealed record ConflictWithdrawn(EventStamp Stamp, string Reason) : ConflictEvent(Stamp)
{
    /// <inheritdoc />
    public override string Summary => $"{Stamp.Actor} withdrew the conflict: {Reason}";
}
