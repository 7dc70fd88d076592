using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Views;

/// <summary>
/// What one viewer sees of a conflict and may do right now. Both renderers (Adaptive Cards and Block Kit)
/// draw this and nothing else, so neither decides a rule: reasoning is hidden here, not in a card.
/// Build one with <see cref="ConflictViewBuilder.For"/>.
/// </summary>
public sealed record ConflictView
{
    /// <summary>The conflict's id.</summary>
    public required ConflictId Id { get; init; }

    /// <summary>The release.</summary>
    public required string Release { get; init; }

    /// <summary>The current deadline.</summary>
    public required DateOnly Deadline { get; init; }

    /// <summary>The deadline when the conflict was opened.</summary>
    public required DateOnly OriginalDeadline { get; init; }

    /// <summary>Days from today to the current deadline; negative once passed.</summary>
    public required int DaysToDeadline { get; init; }

    /// <summary>What may not make it.</summary>
    public required IReadOnlyList<string> ScopeAtRisk { get; init; }

    /// <summary>The product manager.</summary>
    public required UserRef ProductManager { get; init; }

    /// <summary>The project manager.</summary>
    public required UserRef ProjectManager { get; init; }

    /// <summary>Who opened it.</summary>
    public required UserRef OpenedBy { get; init; }

    /// <summary>When.</summary>
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>The state.</summary>
    public required ConflictState State { get; init; }

    /// <summary>One sentence on where things stand, for everyone.</summary>
    public required string StatusLine { get; init; }

    /// <summary>The conflict's version; cards carry it so a click on an outdated card can be recognised.</summary>
    public required int Version { get; init; }

    /// <summary>The product side of the side-by-side reasoning, as this viewer may see it.</summary>
    public required ReasoningPanel Product { get; init; }

    /// <summary>The project side, as this viewer may see it.</summary>
    public required ReasoningPanel Project { get; init; }

    /// <summary>The proposal waiting for approval, if any.</summary>
    public Proposal? Proposal { get; init; }

    /// <summary>Who the current proposal waits for, if anyone.</summary>
    public UserRef? ProposalWaitsFor { get; init; }

    /// <summary>The latest rejection, until the next proposal.</summary>
    public Rejection? LastRejection { get; init; }

    /// <summary>The decision in force (also while reopened), if any.</summary>
    public Decision? Decision { get; init; }

    /// <summary>The decision the current one superseded, if any.</summary>
    public Decision? PreviousDecision { get; init; }

    /// <summary>What changed from <see cref="PreviousDecision"/> to <see cref="Decision"/>.</summary>
    public IReadOnlyList<DecisionChange> Changes { get; init; } = [];

    /// <summary>The escalation in force, if any.</summary>
    public Escalation? Escalation { get; init; }

    /// <summary>The withdrawal, if withdrawn.</summary>
    public Withdrawal? Withdrawal { get; init; }

    /// <summary>Who the conflict waits for and since when.</summary>
    public IReadOnlyList<PendingInput> WaitingOn { get; init; } = [];

    /// <summary>The viewer.</summary>
    public required UserRef Viewer { get; init; }

    /// <summary>The parts the viewer plays.</summary>
    public required ViewerRoles ViewerRoles { get; init; }

    /// <summary>What the viewer may do now.</summary>
    public required ConflictActions Actions { get; init; }

    /// <summary>Which reasoning the viewer may write, when <see cref="ConflictActions.SubmitReasoning"/> is allowed.</summary>
    public ManagerRole? ReasoningRole { get; init; }

    /// <summary>Whether the viewer may do <paramref name="action"/>.</summary>
    public bool Can(ConflictActions action) => (Actions & action) == action;
}
