using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts;

public sealed partial record ReleaseConflict
{
    /// <summary>
    /// Whether <paramref name="actor"/> may submit the reasoning of <paramref name="role"/> now: only the
    /// named manager, while reasoning is open (before both are in, or after a reopening).
    /// </summary>
    public Refusal? CheckSubmitReasoning(UserRef actor, ManagerRole role)
    {
        if (actor != ManagerFor(role))
        {
            return Refusal.NotAllowed(
                $"Only {ManagerFor(role)}, the {Name(role)} of {Id}, can write the {role.ToString().ToLowerInvariant()} reasoning.");
        }

        var open = State is ConflictState.AwaitingReasoning or ConflictState.Reopened
            || (State is ConflictState.Escalated && !BothReasoningsIn);
        if (!open)
        {
            return State switch
            {
                ConflictState.Decided => Refusal.WrongState($"{Id} is decided. Reopen it to revise your reasoning."),
                ConflictState.Withdrawn => Refusal.WrongState($"{Id} was withdrawn."),
                _ => Refusal.WrongState(
                    $"Both reasonings of {Id} are in and visible, so they are locked: proposals are judged against what both of you saw."),
            };
        }

        return null;
    }

    /// <summary>Submits or revises a manager's customer-impact reasoning.</summary>
    public Validated<Transition> SubmitReasoning(UserRef actor, ManagerRole role, ReasoningInput input, DateTimeOffset now)
    {
        if (CheckSubmitReasoning(actor, role) is { } refusal)
        {
            return refusal;
        }

        var validated = input.Validate();
        if (!validated.IsValid)
        {
            return validated.Refusal;
        }

        var value = validated.Value;
        var reasoning = new Reasoning(
            role,
            value.ImpactIfDateHolds!,
            value.ImpactIfDateMoves!,
            value.AffectedCustomers!,
            value.Severity!.Value,
            value.PreferredOption!.Value,
            value.Notes ?? string.Empty,
            actor,
            now);

        var revision = ReasoningFor(role) is not null;
        var next = role == ManagerRole.Product ? this with { ProductReasoning = reasoning } : this with { ProjectReasoning = reasoning };
        if (next.BothReasoningsIn && State == ConflictState.AwaitingReasoning)
        {
            next = next with { State = ConflictState.ReadyToDecide };
        }

        var builder = Begin(actor, now);
        return builder.Add(new ReasoningSubmitted(builder.Next(), reasoning, revision)).Finish(next);
    }
}
