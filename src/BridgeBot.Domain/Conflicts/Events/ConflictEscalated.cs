namespace BridgeBot.Domain.Conflicts.Events;

/// <summary>The conflict was escalated to the workspace's escalation approver.</summary>
/// <param name="Stamp">Conflict, sequence, time and actor.</param>
/// <param name="Escalation">To whom, why, and whether automatically.</param>
public sealed record ConflictEscalated(EventStamp Stamp, Escalation Escalation) : ConflictEvent(Stamp)
{
    /// <inheritdoc />
    public override string Summary =>
        $"{(Escalation.Automatic ? "Escalated automatically" : Stamp.Actor + " escalated")} to {Escalation.To}: {Escalation.Reason}";
}
