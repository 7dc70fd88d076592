namespace BridgeBot.Domain.Conflicts.Events;

/// <summary>A manager proposed a decision, replacing any current proposal and its approvals.</summary>
/// <param name="Stamp">Conflict, sequence, time and actor.</param>
/// <param name="Proposal">The new proposal, with the proposer's own approval.</param>
/// <param name="Replaced">The number of the proposal it replaced, if one was current.</param>
/// <param name="CancelledApprovals">Approvals of the replaced proposal that no longer count.</param>
public sealed record ProposalMade(
    EventStamp Stamp,
    Proposal Proposal,
    int? Replaced,
    IReadOnlyList<ManagerRole> CancelledApprovals) : ConflictEvent(Stamp)
{
    /// <inheritdoc />
    public override string Summary =>
        $"{Stamp.Actor} proposed #{Proposal.Number}: {Proposal.Option.Describe()}" +
        (Replaced is { } replaced ? $" (replaces #{replaced})" : string.Empty);
}
