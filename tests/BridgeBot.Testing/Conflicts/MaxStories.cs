using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Workspaces;
using static BridgeBot.Domain.Conflicts.ConflictLimits;

namespace BridgeBot.Testing.Conflicts;

/// <summary>Conflicts where every text people type is as long as the domain allows (see <see cref="ConflictLimits"/>).</summary>
/// <typeparam name="TCast">Who plays the parts; only their way of naming ids is used.</typeparam>
public static class MaxStories<TCast>
    where TCast : IStoryCast
{
    public static readonly UserRef Product = TCast.Person(new string('p', 120), LongText.Of(64, 1));
    public static readonly UserRef Project = TCast.Person(new string('q', 120), LongText.Of(64, 2));
    public static readonly UserRef Approver = TCast.Person(new string('r', 120), LongText.Of(64, 3));
    public static readonly UserRef Opener = TCast.Person(new string('s', 120), LongText.Of(64, 4));
    public static readonly WorkspaceSettings Settings = new(Approver, 1);

    public static ReasoningInput Reasoning(int tag) => new(
        LongText.Of(LongText_, tag), LongText.Of(LongText_, tag + 1), LongText.Of(LongText_, tag + 2),
        Severity.Critical, OptionKind.PhasedRelease, LongText.Of(LongText_, tag + 3));

    /// <summary>Both reasonings in, at their longest.</summary>
    public static ConflictStory<TCast> ReadyToDecide() =>
        ConflictStory<TCast>.Open(LongText.Of(ReleaseName), LongText.Items(ScopeItems, ScopeItem), Product, Project, Opener)
            .Then((c, at) => c.SubmitReasoning(Product, ManagerRole.Product, Reasoning(10), at))
            .Then((c, at) => c.SubmitReasoning(Project, ManagerRole.Project, Reasoning(20), at));

    /// <summary>A phased proposal of the most phases, escalated, waiting for the approver.</summary>
    public static ConflictStory<TCast> Escalated() => ReadyToDecide()
        .Then(PhasedProposal)
        .Then((c, at) => c.Escalate(Project, Approver, LongText.Of(Reason, 30), at));

    /// <summary>Rejected with the longest reason.</summary>
    public static ConflictStory<TCast> Rejected() => ReadyToDecide()
        .Then(PhasedProposal)
        .Then((c, at) => c.Reject(Project, null, LongText.Of(Reason, 31), null, at));

    /// <summary>Decided twice and reopened again: two long decisions, what changed, both reasonings.</summary>
    public static ConflictStory<TCast> ReopenedTwice() => ReadyToDecide()
        .Then((c, at) => c.Propose(Project, new OptionInput(OptionKind.HoldDateCutScope, CutItems: c.ScopeAtRisk), LongText.Of(LongText_, 40), at))
        .Then((c, at) => c.Approve(Product, null, LongText.Of(Reason, 41), at))
        .Then((c, at) => c.Reopen(Product, Approver, LongText.Of(Reason, 42), at))
        .Then((c, at) => c.SubmitReasoning(Product, ManagerRole.Product, Reasoning(50), at))
        .Then(PhasedProposal)
        .Then((c, at) => c.Approve(Project, null, LongText.Of(Reason, 43), at))
        .Then((c, at) => c.Reopen(Project, Approver, LongText.Of(Reason, 44), at));

    private const int LongText_ = ConflictLimits.LongText;

    private static Validated<Transition> PhasedProposal(ReleaseConflict conflict, DateTimeOffset at) => conflict.Propose(
        Product,
        new OptionInput(OptionKind.PhasedRelease, Phases: Enumerable.Range(1, Phases)
            .Select(phase => new ReleasePhase(LongText.Of(ScopeItem, 60 + phase), conflict.Deadline.AddDays(phase * 7))).ToArray()),
        LongText.Of(LongText_, 70),
        at);
}
