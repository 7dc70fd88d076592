using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts;

public sealed partial record ReleaseConflict
{
    /// <summary>The answer <paramref name="role"/> gave for decision <paramref name="decisionNumber"/>, if any.</summary>
    public RetrospectiveAnswer? RetrospectiveOf(ManagerRole role, int decisionNumber) =>
        Retrospectives.FirstOrDefault(answer => answer.Role == role && answer.DecisionNumber == decisionNumber);

    /// <summary>The roles that have not answered the retrospective of decision <paramref name="decisionNumber"/>, product first.</summary>
    public IReadOnlyList<ManagerRole> RetrospectiveStillOpenFor(int decisionNumber) =>
        new[] { ManagerRole.Product, ManagerRole.Project }.Where(role => RetrospectiveOf(role, decisionNumber) is null).ToArray();

    /// <summary>
    /// Whether <paramref name="actor"/> may answer the retrospective of <paramref name="role"/> on <paramref name="today"/>:
    /// only the named manager, only for the decision in force, once <paramref name="policy"/> says it is due, and once.
    /// </summary>
    private Refusal? CheckAnswerRetrospective(UserRef actor, ManagerRole role, RetrospectivePolicy policy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (RoleOf(actor) is null)
        {
            return Refusal.NotAllowed($"Only {ProductManager} and {ProjectManager}, the managers of {Id}, look back on their own predictions.");
        }

        if (actor != ManagerFor(role))
        {
            return Refusal.NotAllowed(
                $"Only {ManagerFor(role)}, the {Name(role)} of {Id}, can say whether the {role.ToString().ToLowerInvariant()} prediction held.");
        }

        if (State != ConflictState.Decided || LatestDecision is not { } decision)
        {
            return Refusal.WrongState(State == ConflictState.Reopened
                ? $"{Id} is reopened; its retrospective waits for the decision that follows."
                : $"{Id} is {StateText.Of(State)}; a retrospective looks back on a decision in force.");
        }

        if (policy.DueOn(decision) > today)
        {
            return Refusal.WrongState(
                $"The retrospective of {Id} opens on {policy.DueOn(decision):yyyy-MM-dd}, {policy.DelayDays} days after its release date {decision.ReleaseDate:yyyy-MM-dd}, so customers have had time to feel the decision.");
        }

        return RetrospectiveOf(role, decision.Number) is { } given
            ? Refusal.AlreadyDone(
                $"You already answered the retrospective of decision {decision.Number} of {Id} ({given.Answer.ToString().ToLowerInvariant()}: “{given.Comment}”); answers are logged and stay as given.")
            : null;
    }

    /// <summary>A manager says whether the customer impact they predicted for the decision in force happened, and how.</summary>
    public Validated<Transition> AnswerRetrospective(
        UserRef actor, ManagerRole role, ImpactHappened? answer, string? comment, RetrospectivePolicy policy, DateTimeOffset now)
    {
        if (CheckAnswerRetrospective(actor, role, policy, DateOnly.FromDateTime(now.UtcDateTime)) is { } refusal)
        {
            return refusal;
        }

        if (answer is not { } happened || !Enum.IsDefined(happened))
        {
            return Refusal.Invalid("Answer yes, partly or no: did the customer impact you predicted happen?", "answer");
        }

        var sentence = RequiredText(comment, ConflictLimits.Reason, "comment", "Add a sentence on what actually happened for customers.");
        if (!sentence.IsValid)
        {
            return sentence.Refusal;
        }

        var given = new RetrospectiveAnswer(LatestDecision!.Number, role, happened, sentence.Value, actor, now);
        var builder = Begin(actor, now);
        return builder.Add(new RetrospectiveAnswered(builder.Next(), given)).Finish(this with { Retrospectives = [.. Retrospectives, given] });
    }

    /// <summary>
    /// BridgeBot records that it asks the managers for the retrospective of the decision in force. Refused when it is not
    /// due, was already asked for this decision, or both managers have answered already.
    /// </summary>
    public Validated<Transition> RequestRetrospective(RetrospectivePolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.DueDecision(this, DateOnly.FromDateTime(now.UtcDateTime)) is not { } decision)
        {
            return Refusal.WrongState($"No retrospective of {Id} is due.");
        }

        var open = RetrospectiveStillOpenFor(decision.Number);
        if (RetrospectiveRequestedFor == decision.Number || open.Count == 0)
        {
            return Refusal.AlreadyDone($"The retrospective of decision {decision.Number} of {Id} was already asked for or answered.");
        }

        var builder = Begin(UserRef.System, now);
        return builder.Add(new RetrospectiveRequested(builder.Next(), decision.Number, decision.ReleaseDate, [.. open.Select(ManagerFor)]))
            .Finish(this with { RetrospectiveRequestedFor = decision.Number });
    }
}
