namespace BridgeBot.Domain.Conflicts.Events;

/// <summary>A manager approved the current proposal.</summary>
/// <param name="Stamp">Conflict, sequence, time and actor.</param>
/// <param name="ProposalNumber">Which proposal.</param>
/// <param name="Approval">The approval.</param>
public sealed record ProposalApproved(EventStamp Stamp, int ProposalNumber, Approval Approval) : ConflictEvent(Stamp)
{
    /// <inheritdoc />
    public override string Summary => $"{Stamp.Actor} approved proposal #{ProposalNumber}";
}
