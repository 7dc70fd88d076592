using BridgeBot.Domain.Text;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts.Events;

/// <summary>BridgeBot asked the managers, privately, whether the customer impact they predicted for a decision happened.</summary>
/// <param name="Stamp">Conflict, sequence, time and actor (BridgeBot).</param>
/// <param name="DecisionNumber">The decision looked back on.</param>
/// <param name="ReleaseDate">The release date that decision set.</param>
/// <param name="Asked">The managers asked: those who had not answered yet, product manager first.</param>
public sealed record RetrospectiveRequested(EventStamp Stamp, int DecisionNumber, DateOnly ReleaseDate, IReadOnlyList<UserRef> Asked) : ConflictEvent(Stamp)
{
    /// <inheritdoc />
    public override string Summary =>
        $"Asked {DisplayText.Names(Asked)} whether the customer impact they predicted for decision {DecisionNumber} (released {DisplayText.Date(ReleaseDate)}) happened";
}
