using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Ports;

/// <summary>
/// The decision log and conflict store. Every write is one atomic step that appends the transition's log
/// entries and replaces the conflict, guarded by the concurrency token it was read with; a delivery id,
/// when given, is recorded in the same step so a redelivered request writes nothing.
/// </summary>
public interface IConflictStore
{
    /// <summary>The conflict, or null when the workspace has no such conflict.</summary>
    Task<StoredConflict?> GetAsync(WorkspaceId workspace, ConflictId id, CancellationToken cancellationToken = default);

    /// <summary>The workspace's open conflicts (neither decided nor withdrawn), by id. Cost grows with open conflicts only.</summary>
    Task<IReadOnlyList<StoredConflict>> ListOpenAsync(WorkspaceId workspace, CancellationToken cancellationToken = default);

    /// <summary>The latest decisions of the workspace, newest first, at most <paramref name="max"/>. Cost grows with <paramref name="max"/> only.</summary>
    Task<IReadOnlyList<DecisionRecord>> ListDecisionsAsync(WorkspaceId workspace, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// The decisions made after <paramref name="after"/> and up to <paramref name="until"/>, newest first, at most <paramref name="max"/>.
    /// Cost grows with the decisions in that window only.
    /// </summary>
    Task<IReadOnlyList<DecisionRecord>> ListDecisionsBetweenAsync(
        WorkspaceId workspace, DateTimeOffset after, DateTimeOffset until, int max, CancellationToken cancellationToken = default);

    /// <summary>A conflict's full log, in sequence order.</summary>
    Task<IReadOnlyList<ConflictEvent>> ReadLogAsync(WorkspaceId workspace, ConflictId id, CancellationToken cancellationToken = default);

    /// <summary>The receipt of an applied delivery, or null if it was never applied.</summary>
    Task<DeliveryReceipt?> FindDeliveryAsync(WorkspaceId workspace, DeliveryId delivery, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a conflict under the next free id of the workspace: <paramref name="open"/> builds the transition
    /// for the id allocated, and the id, the conflict and its first log entry are written in one step.
    /// </summary>
    Task<CommitResult> OpenAsync(
        WorkspaceId workspace,
        Func<ConflictId, Transition> open,
        DeliveryId? delivery,
        CancellationToken cancellationToken = default);

    /// <summary>Writes a transition of a conflict read as <paramref name="before"/>.</summary>
    Task<CommitResult> CommitAsync(
        StoredConflict before,
        Transition transition,
        DeliveryId? delivery,
        CancellationToken cancellationToken = default);
}
