using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts;

public sealed partial record ReleaseConflict
{
    /// <summary>Whether <paramref name="actor"/> may decide alone: the approver the conflict was escalated to.</summary>
    public Refusal? CheckDecideAsApprover(UserRef actor)
    {
        if (State != ConflictState.Escalated || Escalation is null)
        {
            return Refusal.WrongState($"{Id} is not escalated; the two managers decide it together.");
        }

        return actor == Escalation.To
            ? null
            : Refusal.NotAllowed($"Only {Escalation.To}, the escalation approver, can decide {Id} alone.");
    }

    /// <summary>
    /// The escalation approver decides alone: either the current proposal (when <paramref name="option"/> is null)
    /// or an option of their own, always with their rationale.
    /// </summary>
    public Validated<Transition> DecideAsApprover(UserRef actor, OptionInput? option, string? rationale, DateTimeOffset now)
    {
        if (CheckDecideAsApprover(actor) is { } refusal)
        {
            return refusal;
        }

        var why = RequiredText(rationale, ConflictLimits.LongText, "rationale", "Say why, in customer terms, so both managers can see it.");
        if (!why.IsValid)
        {
            return why.Refusal;
        }

        DecisionOption chosen;
        int proposalNumber;
        UserRef proposedBy;
        IReadOnlyList<Approval> approvals;
        if (option is null)
        {
            if (CurrentProposal is null)
            {
                return Refusal.Invalid("There is no proposal to confirm; choose an option to decide on.", "option");
            }

            (chosen, proposalNumber, proposedBy, approvals) =
                (CurrentProposal.Option, CurrentProposal.Number, CurrentProposal.ProposedBy, CurrentProposal.Approvals);
        }
        else
        {
            var built = option.Build(Deadline);
            if (!built.IsValid)
            {
                return built.Refusal;
            }

            (chosen, proposalNumber, proposedBy, approvals) = (built.Value, 0, actor, []);
        }

        return Decide(Begin(actor, now), proposalNumber, chosen, why.Value, proposedBy, approvals, actor, now);
    }

    private Validated<Transition> Decide(
        TransitionBuilder builder,
        int proposalNumber,
        DecisionOption option,
        string rationale,
        UserRef proposedBy,
        IReadOnlyList<Approval> approvals,
        UserRef? approver,
        DateTimeOffset now)
    {
        var decision = new Decision(
            Decisions.Count + 1,
            proposalNumber,
            option,
            rationale,
            proposedBy,
            approvals,
            approver,
            now,
            Deadline,
            option.ReleaseDate(Deadline),
            ProductReasoning?.OneLine() ?? string.Empty,
            ProjectReasoning?.OneLine() ?? string.Empty);
        var next = this with
        {
            State = ConflictState.Decided,
            Decisions = [.. Decisions, decision],
            Deadline = decision.ReleaseDate,
            CurrentProposal = null,
            LastRejection = null,
            RejectionsInRow = 0,
            Escalation = null,
        };
        return builder.Add(new ConflictDecided(builder.Next(), decision, Release, LatestDecision?.Number)).Finish(next);
    }
}
