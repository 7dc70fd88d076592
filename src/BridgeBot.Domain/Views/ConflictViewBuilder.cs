using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Views;

/// <summary>Builds the <see cref="ConflictView"/> of one viewer, asking the conflict's own rules what they may do.</summary>
public static class ConflictViewBuilder
{
    private static readonly ConflictActions[] EveryAction =
    [
        ConflictActions.SubmitReasoning, ConflictActions.Propose, ConflictActions.Approve, ConflictActions.Reject,
        ConflictActions.Escalate, ConflictActions.Withdraw, ConflictActions.Reopen, ConflictActions.DecideAsApprover,
    ];

    /// <summary>The viewer of <see cref="ForChannel"/>: nobody in particular, so a bystander's view.</summary>
    public static UserRef Everyone { get; } = new("bridgebot:everyone", "everyone");

    /// <summary>The view of <paramref name="conflict"/> for <paramref name="viewer"/>.</summary>
    /// <param name="conflict">The conflict.</param>
    /// <param name="viewer">Who looks at it.</param>
    /// <param name="settings">The workspace's settings (who the escalation approver is).</param>
    /// <param name="today">Today, for days to the deadline.</param>
    public static ConflictView For(ReleaseConflict conflict, UserRef viewer, WorkspaceSettings settings, DateOnly today)
    {
        var approver = settings.EscalationApprover;
        var roles = Roles(conflict, viewer, approver);
        var ownRole = conflict.RoleOf(viewer);
        var decision = conflict.State is ConflictState.Decided or ConflictState.Reopened ? conflict.LatestDecision : null;
        var previous = decision is not null && conflict.Decisions.Count > 1 ? conflict.Decisions[^2] : null;

        return new ConflictView
        {
            Id = conflict.Id,
            Release = conflict.Release,
            Deadline = conflict.Deadline,
            OriginalDeadline = conflict.OriginalDeadline,
            DaysToDeadline = conflict.Deadline.DayNumber - today.DayNumber,
            ScopeAtRisk = conflict.ScopeAtRisk,
            ProductManager = conflict.ProductManager,
            ProjectManager = conflict.ProjectManager,
            OpenedBy = conflict.OpenedBy,
            OpenedAt = conflict.OpenedAt,
            State = conflict.State,
            StatusLine = StatusLine(conflict),
            Version = conflict.Version,
            Product = Panel(conflict, ManagerRole.Product, viewer),
            Project = Panel(conflict, ManagerRole.Project, viewer),
            Proposal = conflict.CurrentProposal,
            ProposalWaitsFor = WaitsFor(conflict),
            LastRejection = conflict.LastRejection,
            Decision = decision,
            PreviousDecision = previous,
            Changes = decision is not null && previous is not null ? DecisionDiff.Between(previous, decision) : [],
            Escalation = conflict.Escalation,
            Withdrawal = conflict.Withdrawal,
            WaitingOn = WaitingOn(conflict),
            Viewer = viewer,
            ViewerRoles = roles,
            Actions = Actions(conflict, viewer, approver),
            ReasoningRole = ownRole is { } role && conflict.CheckSubmitReasoning(viewer, role) is null ? role : null,
        };
    }

    /// <summary>
    /// The view of a copy everyone in a channel sees alike (a platform that cannot draw a message per reader): the
    /// reasoning as a bystander may see it, and every action one of the people involved may take now. The clicker
    /// of any of them is checked again, so a bystander's click is refused with the domain's reason.
    /// </summary>
    /// <param name="conflict">The conflict.</param>
    /// <param name="settings">The workspace's settings.</param>
    /// <param name="today">Today, for days to the deadline.</param>
    public static ConflictView ForChannel(ReleaseConflict conflict, WorkspaceSettings settings, DateOnly today)
    {
        var approver = settings.EscalationApprover;
        var involved = new[] { conflict.ProductManager, conflict.ProjectManager, conflict.OpenedBy, approver, conflict.Escalation?.To }
            .OfType<UserRef>()
            .Distinct();
        var actions = involved.Aggregate(ConflictActions.None, (all, person) => all | Actions(conflict, person, approver));
        return For(conflict, Everyone, settings, today) with { Actions = actions };
    }

    /// <summary>Why <paramref name="viewer"/> may not take <paramref name="action"/> now, or null when they may.</summary>
    /// <param name="conflict">The conflict.</param>
    /// <param name="viewer">Who would act.</param>
    /// <param name="escalationApprover">The workspace's escalation approver, if any.</param>
    /// <param name="action">One action (not a combination).</param>
    public static Refusal? Check(ReleaseConflict conflict, UserRef viewer, UserRef? escalationApprover, ConflictActions action) => action switch
    {
        ConflictActions.SubmitReasoning => conflict.RoleOf(viewer) is { } role
            ? conflict.CheckSubmitReasoning(viewer, role)
            : Refusal.NotAllowed($"Only {conflict.ProductManager} and {conflict.ProjectManager}, the managers of {conflict.Id}, write its reasoning."),
        ConflictActions.Propose => conflict.CheckPropose(viewer),
        ConflictActions.Approve => conflict.CheckApprove(viewer),
        ConflictActions.Reject => conflict.CheckReject(viewer),
        ConflictActions.Escalate => conflict.CheckEscalate(viewer, escalationApprover),
        ConflictActions.Withdraw => conflict.CheckWithdraw(viewer),
        ConflictActions.Reopen => conflict.CheckReopen(viewer, escalationApprover),
        ConflictActions.DecideAsApprover => conflict.CheckDecideAsApprover(viewer),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Check one action at a time."),
    };

    /// <summary>Who the conflict waits for and since when; empty once decided or withdrawn.</summary>
    public static IReadOnlyList<PendingInput> WaitingOn(ReleaseConflict conflict)
    {
        var pending = new List<PendingInput>();
        if (!conflict.IsOpen)
        {
            return pending;
        }

        if (!conflict.BothReasoningsIn)
        {
            foreach (var role in new[] { ManagerRole.Product, ManagerRole.Project })
            {
                if (conflict.ReasoningFor(role) is null)
                {
                    pending.Add(new PendingInput(conflict.ManagerFor(role), PendingKind.Reasoning, conflict.OpenedAt));
                }
            }
        }
        else if (WaitsFor(conflict) is { } approver)
        {
            pending.Add(new PendingInput(approver, PendingKind.Approval, conflict.CurrentProposal!.ProposedAt));
        }
        else if (conflict.CurrentProposal is null && conflict.State != ConflictState.Escalated)
        {
            var since = conflict.LastRejection?.At ?? conflict.LastChangedAt;
            pending.Add(new PendingInput(conflict.ProductManager, PendingKind.Proposal, since));
            pending.Add(new PendingInput(conflict.ProjectManager, PendingKind.Proposal, since));
        }

        if (conflict.State == ConflictState.Escalated && conflict.Escalation is { } escalation)
        {
            pending.Add(new PendingInput(escalation.To, PendingKind.Decision, escalation.At));
        }

        return pending;
    }

    private static UserRef? WaitsFor(ReleaseConflict conflict)
    {
        if (conflict.CurrentProposal is not { } proposal)
        {
            return null;
        }

        return proposal.IsApprovedBy(ManagerRole.Product) ? conflict.ProjectManager : conflict.ProductManager;
    }

    private static ReasoningPanel Panel(ReleaseConflict conflict, ManagerRole role, UserRef viewer)
    {
        var reasoning = conflict.ReasoningFor(role);
        var manager = conflict.ManagerFor(role);
        if (reasoning is null)
        {
            return new ReasoningPanel(role, manager, ReasoningVisibility.Missing, null);
        }

        // Blind until both are in: only the author sees their own reasoning before that.
        var visible = conflict.BothReasoningsIn || viewer == manager;
        return visible
            ? new ReasoningPanel(role, manager, ReasoningVisibility.Visible, reasoning)
            : new ReasoningPanel(role, manager, ReasoningVisibility.Hidden, null);
    }

    private static ViewerRoles Roles(ReleaseConflict conflict, UserRef viewer, UserRef? approver)
    {
        var roles = ViewerRoles.Observer;
        if (viewer == conflict.ProductManager)
        {
            roles |= ViewerRoles.ProductManager;
        }

        if (viewer == conflict.ProjectManager)
        {
            roles |= ViewerRoles.ProjectManager;
        }

        if (viewer == approver || viewer == conflict.Escalation?.To)
        {
            roles |= ViewerRoles.EscalationApprover;
        }

        if (viewer == conflict.OpenedBy)
        {
            roles |= ViewerRoles.Opener;
        }

        return roles;
    }

    private static ConflictActions Actions(ReleaseConflict conflict, UserRef viewer, UserRef? approver) =>
        EveryAction.Where(action => Check(conflict, viewer, approver, action) is null)
            .Aggregate(ConflictActions.None, (actions, action) => actions | action);

    private static string StatusLine(ReleaseConflict conflict) => conflict.State switch
    {
        ConflictState.AwaitingReasoning => "Waiting for customer-impact reasoning from " +
            string.Join(" and ", WaitingOn(conflict).Select(pending => pending.Who.DisplayName)) + ".",
        ConflictState.ReadyToDecide => conflict.LastRejection is { } rejection
            ? $"{rejection.By} rejected proposal #{rejection.Proposal.Number}. Either manager can propose again."
            : "Both reasonings are in. Either manager can propose a decision.",
        ConflictState.Proposed => $"Proposal #{conflict.CurrentProposal!.Number} by {conflict.CurrentProposal.ProposedBy} waits for {WaitsFor(conflict)}.",
        ConflictState.Decided => "Decided: " + conflict.LatestDecision!.Option.Describe() + ".",
        ConflictState.Escalated => $"Escalated to {conflict.Escalation!.To}, who may decide alone.",
        ConflictState.Withdrawn => $"Withdrawn by {conflict.Withdrawal!.By}: {conflict.Withdrawal.Reason}",
        _ => $"Reopened. Decision {conflict.LatestDecision!.Number} stays in force until a new decision supersedes it.",
    };
}
