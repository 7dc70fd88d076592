namespace BridgeBot.Domain.Conflicts.Events;

/// <summary>A manager rejected the current proposal.</summary>
/// <param name="Stamp">Conflict, sequence, time and actor.</param>
/// <param name="ProposalNumber">Which proposal.</param>
/// <param name="Role">The rejecting manager's role.</param>
/// <param name="Reason">Why.</param>
public sealed record ProposalRejected(EventStamp Stamp, int ProposalNumber, ManagerRole Role, string Reason) : ConflictEvent(Stamp)
{
    /// <inheritdoc />
    public override string Summary => $"{Stamp.Actor} rejected proposal #{ProposalNumber}: {Reason}";
}
