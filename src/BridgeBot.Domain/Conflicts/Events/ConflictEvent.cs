namespace BridgeBot.Domain.Conflicts.Events;

/// <summary>
/// One immutable entry of the decision log. Every state change of a conflict produces one or more,
/// and the log is only ever appended to.
/// </summary>
/// <param name="Stamp">Conflict, sequence, time and actor.</param>
public abstract record ConflictEvent(EventStamp Stamp)
{
    /// <summary>The entry in one line of plain text, for log listings.</summary>
    public abstract string Summary { get; }
}
