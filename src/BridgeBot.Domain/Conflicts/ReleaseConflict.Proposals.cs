using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts;

public sealed partial record ReleaseConflict
{
    /// <summary>Whether <paramref name="actor"/> may propose now: a named manager, once both reasonings are in.</summary>
    public Refusal? CheckPropose(UserRef actor)
    {
        if (RoleOf(actor) is null)
        {
            return Refusal.NotAllowed($"Only {ProductManager} and {ProjectManager}, the managers of {Id}, can propose a decision.");
        }

        if (State is ConflictState.Decided or ConflictState.Withdrawn)
        {
            return Refusal.WrongState(State == ConflictState.Decided
                ? $"{Id} is decided. Reopen it to propose something else."
                : $"{Id} was withdrawn.");
        }

        if (!BothReasoningsIn)
        {
            return Refusal.WrongState(
                $"Proposals open once both managers have written their customer-impact reasoning. Waiting for: {string.Join(" and ", ManagersWithoutReasoning)}.");
        }

        return null;
    }

    /// <summary>
    /// Proposes a decision or counter-proposes. Any current proposal is replaced and its approvals no
    /// longer count; the proposer's own approval counts for the new one.
    /// </summary>
    public Validated<Transition> Propose(UserRef actor, OptionInput option, string? rationale, DateTimeOffset now)
    {
        if (CheckPropose(actor) is { } refusal)
        {
            return refusal;
        }

        var built = option.Build(Deadline);
        if (!built.IsValid)
        {
            return built.Refusal;
        }

        var why = RequiredText(rationale, ConflictLimits.LongText, "rationale", "Say why, in customer terms: what do customers get or keep with this option?");
        if (!why.IsValid)
        {
            return why.Refusal;
        }

        var role = RoleOf(actor)!.Value;
        var proposal = new Proposal(
            ProposalCount + 1,
            built.Value,
            why.Value,
            actor,
            role,
            now,
            [new Approval(role, actor, now, string.Empty)]);
        var cancelled = CurrentProposal?.Approvals.Select(approval => approval.Role).ToArray() ?? [];
        var next = this with
        {
            CurrentProposal = proposal,
            ProposalCount = proposal.Number,
            LastRejection = null,
            State = State == ConflictState.Escalated ? ConflictState.Escalated : ConflictState.Proposed,
        };

        var builder = Begin(actor, now);
        return builder.Add(new ProposalMade(builder.Next(), proposal, CurrentProposal?.Number, cancelled)).Finish(next);
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may approve the current proposal: the named manager who has not yet
    /// approved it. <paramref name="proposalNumber"/>, when given, must still be the current proposal.
    /// </summary>
    public Refusal? CheckApprove(UserRef actor, int? proposalNumber = null)
    {
        if (CheckVote(actor, proposalNumber, "approve") is { } refusal)
        {
            return refusal;
        }

        return CurrentProposal!.IsApprovedBy(RoleOf(actor)!.Value)
            ? Refusal.AlreadyDone(CurrentProposal.ProposedBy == actor
                ? $"You proposed #{CurrentProposal.Number}, so your approval already counts. Waiting for {ManagerFor(Other(RoleOf(actor)!.Value))}."
                : $"You already approved proposal #{CurrentProposal.Number}.")
            : null;
    }

    /// <summary>Approves the current proposal; with both managers' approvals the conflict is decided.</summary>
    public Validated<Transition> Approve(UserRef actor, int? proposalNumber, string? note, DateTimeOffset now)
    {
        if (CheckApprove(actor, proposalNumber) is { } refusal)
        {
            return refusal;
        }

        var cleanNote = UserText.Clean(note);
        if (cleanNote.Length > ConflictLimits.Reason)
        {
            return Refusal.Invalid($"Keep the note under {ConflictLimits.Reason} characters.", "note");
        }

        var proposal = CurrentProposal!;
        var approval = new Approval(RoleOf(actor)!.Value, actor, now, cleanNote);
        var approved = proposal with { Approvals = [.. proposal.Approvals, approval] };

        var builder = Begin(actor, now);
        builder.Add(new ProposalApproved(builder.Next(), proposal.Number, approval));
        if (!(approved.IsApprovedBy(ManagerRole.Product) && approved.IsApprovedBy(ManagerRole.Project)))
        {
            return builder.Finish(this with { CurrentProposal = approved });
        }

        return Decide(builder, approved.Number, approved.Option, approved.Rationale, approved.ProposedBy, approved.Approvals, null, now);
    }

    /// <summary>Whether <paramref name="actor"/> may reject the current proposal: the named manager who did not propose it.</summary>
    public Refusal? CheckReject(UserRef actor, int? proposalNumber = null)
    {
        if (CheckVote(actor, proposalNumber, "reject") is { } refusal)
        {
            return refusal;
        }

        return CurrentProposal!.ProposerRole == RoleOf(actor)
            ? Refusal.NotAllowed($"You proposed #{CurrentProposal.Number}. To change it, make a new proposal; it replaces this one.")
            : null;
    }

    /// <summary>
    /// Rejects the current proposal with a reason. After <see cref="ConflictLimits.StalemateRejections"/>
    /// rejections in a row the conflict escalates by itself, when the workspace has an escalation approver.
    /// </summary>
    public Validated<Transition> Reject(UserRef actor, int? proposalNumber, string? reason, UserRef? escalationApprover, DateTimeOffset now)
    {
        if (CheckReject(actor, proposalNumber) is { } refusal)
        {
            return refusal;
        }

        var why = RequiredText(reason, ConflictLimits.Reason, "reason", "Say why you reject it, so the next proposal can address it.");
        if (!why.IsValid)
        {
            return why.Refusal;
        }

        var role = RoleOf(actor)!.Value;
        var proposal = CurrentProposal!;
        var next = this with
        {
            CurrentProposal = null,
            LastRejection = new Rejection(proposal, role, actor, now, why.Value),
            RejectionsInRow = RejectionsInRow + 1,
            State = State == ConflictState.Escalated ? ConflictState.Escalated : ConflictState.ReadyToDecide,
        };

        var builder = Begin(actor, now);
        builder.Add(new ProposalRejected(builder.Next(), proposal.Number, role, why.Value));
        if (next.State != ConflictState.Escalated
            && next.RejectionsInRow >= ConflictLimits.StalemateRejections
            && escalationApprover is not null
            && next.RoleOf(escalationApprover) is null)
        {
            var escalation = new Escalation(
                escalationApprover,
                UserRef.System,
                now,
                $"{next.RejectionsInRow} proposals rejected in a row",
                Automatic: true);
            next = next with { State = ConflictState.Escalated, Escalation = escalation };
            builder.Add(new ConflictEscalated(builder.Next(UserRef.System), escalation));
        }

        return builder.Finish(next);
    }

    private Refusal? CheckVote(UserRef actor, int? proposalNumber, string verb)
    {
        if (RoleOf(actor) is null)
        {
            return Refusal.NotAllowed($"Only {ProductManager} and {ProjectManager}, the managers of {Id}, can {verb} proposals.");
        }

        if (CurrentProposal is null)
        {
            return State switch
            {
                ConflictState.Decided => Refusal.WrongState($"{Id} is already decided."),
                ConflictState.Withdrawn => Refusal.WrongState($"{Id} was withdrawn."),
                _ => Refusal.WrongState($"There is no proposal on {Id} to {verb}" +
                    (proposalNumber is { } gone ? $"; proposal #{gone} is no longer current." : ".")),
            };
        }

        if (proposalNumber is { } number && number != CurrentProposal.Number)
        {
            return new Refusal(
                RefusalCode.Stale,
                $"Proposal #{number} was replaced by #{CurrentProposal.Number}: {CurrentProposal.Option.Describe()}. Look at the new one before you {verb}.");
        }

        return null;
    }

    private static Validated<string> RequiredText(string? text, int limit, string field, string missingMessage)
    {
        var clean = UserText.Clean(text);
        if (clean.Length == 0)
        {
            return Refusal.Invalid(missingMessage, field);
        }

        return clean.Length > limit
            ? Refusal.Invalid($"Keep the {field} under {limit} characters ({clean.Length} now).", field)
            : clean;
    }
}
