using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts;

/// <summary>
/// A release at risk and the disagreement about it, from opening to decision. Immutable: every
/// transition method checks who may do it, and answers either with a refusal in plain words or
/// with a <see cref="Transition"/> that carries the next state and the log entries to append.
/// </summary>
public sealed partial record ReleaseConflict
{
    /// <summary>The short id, unique in the workspace.</summary>
    public required ConflictId Id { get; init; }

    /// <summary>The workspace.</summary>
    public required WorkspaceId Workspace { get; init; }

    /// <summary>The channel or chat it was opened in; the conflict card lives there.</summary>
    public required string ChannelId { get; init; }

    /// <summary>The release name.</summary>
    public required string Release { get; init; }

    /// <summary>The deadline when the conflict was opened.</summary>
    public required DateOnly OriginalDeadline { get; init; }

    /// <summary>The current deadline: the original one, or the release date of the latest decision.</summary>
    public required DateOnly Deadline { get; init; }

    /// <summary>What may not make it by the deadline.</summary>
    public required IReadOnlyList<string> ScopeAtRisk { get; init; }

    /// <summary>The named product manager.</summary>
    public required UserRef ProductManager { get; init; }

    /// <summary>The named project manager.</summary>
    public required UserRef ProjectManager { get; init; }

    /// <summary>Who opened it.</summary>
    public required UserRef OpenedBy { get; init; }

    /// <summary>When it was opened.</summary>
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>Where it is in its life.</summary>
    public ConflictState State { get; init; }

    /// <summary>The sequence number of its last log entry; every change increments it.</summary>
    public int Version { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset LastChangedAt { get; init; }

    /// <summary>The product manager's reasoning, once submitted.</summary>
    public Reasoning? ProductReasoning { get; init; }

    /// <summary>The project manager's reasoning, once submitted.</summary>
    public Reasoning? ProjectReasoning { get; init; }

    /// <summary>The proposal waiting for approval, if any.</summary>
    public Proposal? CurrentProposal { get; init; }

    /// <summary>How many proposals have been made; the next one gets this number plus one.</summary>
    public int ProposalCount { get; init; }

    /// <summary>The most recent rejection, shown until the next proposal.</summary>
    public Rejection? LastRejection { get; init; }

    /// <summary>Proposals rejected in a row since the last decision or reopening.</summary>
    public int RejectionsInRow { get; init; }

    /// <summary>Every decision, oldest first; the last one is in force while the state is <see cref="ConflictState.Decided"/>.</summary>
    public IReadOnlyList<Decision> Decisions { get; init; } = [];

    /// <summary>The escalation in force, if escalated.</summary>
    public Escalation? Escalation { get; init; }

    /// <summary>Why it was withdrawn, if it was.</summary>
    public Withdrawal? Withdrawal { get; init; }

    /// <summary>The managers' retrospective answers, oldest first: did the customer impact they predicted happen?</summary>
    public IReadOnlyList<RetrospectiveAnswer> Retrospectives { get; init; } = [];

    /// <summary>The decision whose retrospective BridgeBot last asked the managers for; 0 when none was asked yet.</summary>
    public int RetrospectiveRequestedFor { get; init; }

    /// <summary>Whether the conflict still needs a decision (not decided and not withdrawn).</summary>
    public bool IsOpen => State is not (ConflictState.Decided or ConflictState.Withdrawn);

    /// <summary>Whether both managers have submitted reasoning.</summary>
    public bool BothReasoningsIn => ProductReasoning is not null && ProjectReasoning is not null;

    /// <summary>The managers who have not written their reasoning yet, product manager first.</summary>
    public IEnumerable<UserRef> ManagersWithoutReasoning =>
        new[] { ManagerRole.Product, ManagerRole.Project }.Where(role => ReasoningFor(role) is null).Select(ManagerFor);

    /// <summary>The decision in force or the latest superseded one; null before the first decision.</summary>
    public Decision? LatestDecision => Decisions.Count == 0 ? null : Decisions[^1];

    /// <summary>The manager named for <paramref name="role"/>.</summary>
    public UserRef ManagerFor(ManagerRole role) => role == ManagerRole.Product ? ProductManager : ProjectManager;

    /// <summary>The reasoning of <paramref name="role"/>, if submitted.</summary>
    public Reasoning? ReasoningFor(ManagerRole role) => role == ManagerRole.Product ? ProductReasoning : ProjectReasoning;

    /// <summary>The role <paramref name="user"/> holds in this conflict, if they are one of its managers.</summary>
    public ManagerRole? RoleOf(UserRef user) =>
        user == ProductManager ? ManagerRole.Product : user == ProjectManager ? ManagerRole.Project : null;

    private TransitionBuilder Begin(UserRef actor, DateTimeOffset at) => new(this, actor, at);

    private static string Name(ManagerRole role) => role == ManagerRole.Product ? "product manager" : "project manager";

    private static ManagerRole Other(ManagerRole role) => role == ManagerRole.Product ? ManagerRole.Project : ManagerRole.Product;

    /// <summary>Collects the log entries of one transition, numbering them from the conflict's version.</summary>
    private sealed class TransitionBuilder(ReleaseConflict before, UserRef actor, DateTimeOffset at)
    {
        private readonly List<ConflictEvent> events = [];
        private int sequence = before.Version;

        public EventStamp Next(UserRef? actorOverride = null) => new(before.Id, ++sequence, at, actorOverride ?? actor);

        public TransitionBuilder Add(ConflictEvent entry)
        {
            events.Add(entry);
            return this;
        }

        public Transition Finish(ReleaseConflict after) =>
            new(before, after with { Version = sequence, LastChangedAt = at }, events);
    }
}
