using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts;

public sealed partial record ReleaseConflict
{
    /// <summary>
    /// Whether <paramref name="actor"/> may escalate now: a named manager, while the conflict is undecided,
    /// to a workspace approver who is not one of the two managers.
    /// </summary>
    public Refusal? CheckEscalate(UserRef actor, UserRef? escalationApprover)
    {
        if (RoleOf(actor) is null)
        {
            return Refusal.NotAllowed($"Only {ProductManager} and {ProjectManager}, the managers of {Id}, can escalate it.");
        }

        if (!IsOpen)
        {
            return Refusal.WrongState($"{Id} is {(State == ConflictState.Decided ? "decided" : "withdrawn")}; there is nothing to escalate.");
        }

        if (State == ConflictState.Escalated)
        {
            return Refusal.AlreadyDone($"{Id} is already escalated to {Escalation!.To}.");
        }

        if (escalationApprover is null)
        {
            return Refusal.WrongState("This workspace has no escalation approver yet. Set one with `escalate-to @person`.");
        }

        return RoleOf(escalationApprover) is not null
            ? Refusal.WrongState($"The escalation approver, {escalationApprover}, is one of the managers of {Id}; set a third person with `escalate-to @person`.")
            : null;
    }

    /// <summary>Escalates to the workspace's escalation approver, who may then decide alone.</summary>
    public Validated<Transition> Escalate(UserRef actor, UserRef? escalationApprover, string? reason, DateTimeOffset now)
    {
        if (CheckEscalate(actor, escalationApprover) is { } refusal)
        {
            return refusal;
        }

        var why = RequiredText(reason, ConflictLimits.Reason, "reason", "Say why you escalate, so the approver knows what is stuck.");
        if (!why.IsValid)
        {
            return why.Refusal;
        }

        var escalation = new Escalation(escalationApprover!, actor, now, why.Value, Automatic: false);
        var builder = Begin(actor, now);
        return builder.Add(new ConflictEscalated(builder.Next(), escalation))
            .Finish(this with { State = ConflictState.Escalated, Escalation = escalation });
    }

    /// <summary>
    /// BridgeBot escalates by itself because the deadline is close and the conflict is still undecided. Refused (and
    /// left for the digest to show) when no approver is set or the approver is one of the two managers.
    /// </summary>
    public Validated<Transition> EscalateForDeadline(UserRef? escalationApprover, int workingDaysLeft, DateTimeOffset now)
    {
        if (!IsOpen || State == ConflictState.Escalated)
        {
            return Refusal.WrongState($"{Id} is {StateText.Of(State)}; there is nothing to escalate.");
        }

        if (escalationApprover is null || RoleOf(escalationApprover) is not null)
        {
            return Refusal.WrongState($"{Id} is close to its deadline but this workspace has no escalation approver outside its managers.");
        }

        var escalation = new Escalation(
            escalationApprover,
            UserRef.System,
            now,
            $"undecided with {workingDaysLeft} working day{(workingDaysLeft == 1 ? string.Empty : "s")} left before the deadline {Deadline:yyyy-MM-dd}",
            Automatic: true);
        var builder = Begin(UserRef.System, now);
        return builder.Add(new ConflictEscalated(builder.Next(), escalation))
            .Finish(this with { State = ConflictState.Escalated, Escalation = escalation });
    }

    /// <summary>Whether <paramref name="actor"/> may withdraw: a named manager or whoever opened it, while undecided.</summary>
    public Refusal? CheckWithdraw(UserRef actor)
    {
        if (RoleOf(actor) is null && actor != OpenedBy)
        {
            return Refusal.NotAllowed($"Only the managers of {Id} or {OpenedBy}, who opened it, can withdraw it.");
        }

        return IsOpen
            ? null
            : Refusal.WrongState(State == ConflictState.Decided
                ? $"{Id} is decided; reopen it if the decision no longer holds."
                : $"{Id} is already withdrawn.");
    }

    /// <summary>Withdraws the conflict with a reason; nothing more happens to it.</summary>
    public Validated<Transition> Withdraw(UserRef actor, string? reason, DateTimeOffset now)
    {
        if (CheckWithdraw(actor) is { } refusal)
        {
            return refusal;
        }

        var why = RequiredText(reason, ConflictLimits.Reason, "reason", "Say why you withdraw it, e.g. \"scope made it after all\".");
        if (!why.IsValid)
        {
            return why.Refusal;
        }

        var builder = Begin(actor, now);
        return builder.Add(new ConflictWithdrawn(builder.Next(), why.Value))
            .Finish(this with
            {
                State = ConflictState.Withdrawn,
                Withdrawal = new Withdrawal(actor, now, why.Value),
                CurrentProposal = null,
                Escalation = null,
            });
    }

    /// <summary>Whether <paramref name="actor"/> may reopen: a named manager or the escalation approver, once decided.</summary>
    public Refusal? CheckReopen(UserRef actor, UserRef? escalationApprover)
    {
        if (RoleOf(actor) is null && actor != escalationApprover)
        {
            return Refusal.NotAllowed($"Only the managers of {Id} or the escalation approver can reopen it.");
        }

        if (State != ConflictState.Decided)
        {
            return Refusal.WrongState($"Only a decided conflict can be reopened; {Id} is {StateText.Of(State)}.");
        }

        return Decisions.Count >= ConflictLimits.Decisions
            ? Refusal.WrongState($"{Id} has been decided {Decisions.Count} times; open a new conflict for this release instead.")
            : null;
    }

    /// <summary>
    /// Reopens a decided conflict. The decision stays in force until a new one supersedes it, and
    /// the managers may revise their reasoning.
    /// </summary>
    public Validated<Transition> Reopen(UserRef actor, UserRef? escalationApprover, string? reason, DateTimeOffset now)
    {
        if (CheckReopen(actor, escalationApprover) is { } refusal)
        {
            return refusal;
        }

        var why = RequiredText(reason, ConflictLimits.Reason, "reason", "Say what changed since the decision.");
        if (!why.IsValid)
        {
            return why.Refusal;
        }

        var builder = Begin(actor, now);
        return builder.Add(new ConflictReopened(builder.Next(), LatestDecision!.Number, why.Value))
            .Finish(this with { State = ConflictState.Reopened, RejectionsInRow = 0, LastRejection = null });
    }
}
