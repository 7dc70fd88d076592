namespace BridgeBot.Domain.Conflicts.Events;

/// <summary>A manager submitted (or revised) their customer-impact reasoning.</summary>
/// <param name="Stamp">Conflict, sequence, time and actor.</param>
/// <param name="Reasoning">The reasoning as submitted.</param>
/// <param name="Revision">Whether it replaced an earlier reasoning of the same manager.</param>
public sealed record ReasoningSubmitted(EventStamp Stamp, Reasoning Reasoning, bool Revision) : ConflictEvent(Stamp)
{
    /// <summary>Says who submitted, never what: the log is shown to people the reasoning may still be hidden from.</summary>
    public override string Summary =>
        $"{Stamp.Actor} {(Revision ? "revised" : "submitted")} the {Reasoning.Role.ToString().ToLowerInvariant()} reasoning";
}
