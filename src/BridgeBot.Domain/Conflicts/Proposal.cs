using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts;

/// <summary>
/// A proposed decision. Proposals are numbered per conflict; a new one replaces the current one
/// and with it every approval given so far, so an approval always refers to exactly one wording.
/// </summary>
/// <param name="Number">1, 2, 3… within the conflict.</param>
/// <param name="Option">What to do.</param>
/// <param name="Rationale">Why, in customer terms.</param>
/// <param name="ProposedBy">The proposing manager.</param>
/// <param name="ProposerRole">Their role; the proposer's approval counts.</param>
/// <param name="ProposedAt">When.</param>
/// <param name="Approvals">Approvals so far, the proposer's first.</param>
public sealed record Proposal(
    int Number,
    DecisionOption Option,
    string Rationale,
    UserRef ProposedBy,
    ManagerRole ProposerRole,
    DateTimeOffset ProposedAt,
    IReadOnlyList<Approval> Approvals)
{
    /// <summary>Whether the manager in <paramref name="role"/> has approved.</summary>
    public bool IsApprovedBy(ManagerRole role) => Approvals.Any(approval => approval.Role == role);
}
