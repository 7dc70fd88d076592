using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts.Events;

/// <summary>A conflict was opened.</summary>
/// <param name="Stamp">Conflict, sequence, time and actor.</param>
/// <param name="Release">Release name.</param>
/// <param name="Deadline">The deadline at risk.</param>
/// <param name="ScopeAtRisk">What may not make it.</param>
/// <param name="ProductManager">The named product manager.</param>
/// <param name="ProjectManager">The named project manager.</param>
/// <param name="ChannelId">Where it was opened.</param>
public sealed record ConflictOpened(
    EventStamp Stamp,
    string Release,
    DateOnly Deadline,
    IReadOnlyList<string> ScopeAtRisk,
    UserRef ProductManager,
    UserRef ProjectManager,
    string ChannelId) : ConflictEvent(Stamp)
{
    /// <inheritdoc />
    public override string Summary =>
        $"{Stamp.Actor} opened {Stamp.ConflictId} for {Release} (due {Deadline:yyyy-MM-dd}, at risk: {string.Join(", ", ScopeAtRisk)})";
}
