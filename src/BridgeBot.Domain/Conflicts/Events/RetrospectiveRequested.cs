namespace BridgeBot.Domain.Conflicts.Events;

/// <summary>BridgeBot asked the managers, privately, whether the customer impact they predicted for a decision happened.</summary>
/// <param name="Stamp">Conflict, sequence, time and actor (BridgeBot).</param>
/// <param name="DecisionNumber">The decision looked back on.</param>
/// <param name="ReleaseDate">The release date that decision set.</param>
public sealed record RetrospectiveRequested(EventStamp Stamp, int DecisionNumber, DateOnly ReleaseDate) : ConflictEvent(Stamp)
{
    /// <inheritdoc />
    public override string Summary =>
        $"Asked both managers whether the customer impact they predicted for decision {DecisionNumber} (released {ReleaseDate:yyyy-MM-dd}) happened";
}
