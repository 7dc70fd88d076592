using BridgeBot.Domain.Conflicts.Retrospectives;

namespace BridgeBot.Domain.Conflicts.Events;

/// <summary>A manager said whether the customer impact they predicted for a decision happened.</summary>
/// <param name="Stamp">Conflict, sequence, time and actor.</param>
/// <param name="Answer">The answer and the sentence that goes with it.</param>
public sealed record RetrospectiveAnswered(EventStamp Stamp, RetrospectiveAnswer Answer) : ConflictEvent(Stamp)
{
    /// <inheritdoc />
    public override string Summary =>
        $"{Stamp.Actor} looked back on decision {Answer.DecisionNumber}: the {Answer.Role.ToString().ToLowerInvariant()} prediction " +
        Answer.Answer switch
        {
            ImpactHappened.Yes => "held",
            ImpactHappened.Partly => "partly held",
            _ => "did not hold",
        } + $" — {Answer.Comment}";
}
