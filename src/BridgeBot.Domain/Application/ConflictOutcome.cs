using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Application;

/// <summary>The answer to a request about a conflict, with the conflict as it now stands.</summary>
/// <param name="Kind">Changed, unchanged, refused, duplicate or not found.</param>
/// <param name="Conflict">The conflict as it now stands; null when not found.</param>
/// <param name="Events">The log entries this request appended; empty unless changed.</param>
/// <param name="Refusal">Why nothing changed, when refused or not found.</param>
/// <param name="Settings">The workspace's settings, for building views.</param>
/// <param name="Today">Today's date, for building views.</param>
public sealed record ConflictOutcome(
    OutcomeKind Kind,
    ReleaseConflict? Conflict,
    IReadOnlyList<ConflictEvent> Events,
    Refusal? Refusal,
    WorkspaceSettings Settings,
    DateOnly Today)
{
    /// <summary>The view of the conflict for <paramref name="viewer"/>; null when not found.</summary>
    public ConflictView? ViewFor(UserRef viewer) =>
        Conflict is null ? null : ConflictViewBuilder.For(Conflict, viewer, Settings, Today);
}
