namespace BridgeBot.Domain.Conflicts.Events;

/// <summary>A manager submitted (or revised) their customer-impact reasoning.</summary>
/// <param name="Stamp">Conflict, sequence, time and actor.</param>
/// <param name="Reasoning">The reasoning as submitted.</param>
/// <param name="Revision">Whether it replaced an earlier reasoning of the same manager.</param>
public sealed record ReasoningSubmitted(EventStamp Stamp, Reasoning Reasoning, bool Revision) : ConflictEvent(Stamp)
{
    /// <inheritdoc />
    public override string Summary =>
        $"{Stamp.Actor} {(Revision ? "revised" : "submitted")} the {Reasoning.Role.ToString().ToLowerInvariant()} reasoning " +
        $"(severity {Reasoning.Severity.ToString().ToLowerInvariant()})";
}
