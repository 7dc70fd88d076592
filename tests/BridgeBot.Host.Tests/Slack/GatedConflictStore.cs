using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Host.Tests.Slack;

/// <summary>The real store, except that opening a conflict waits until the test opens the gate: storage as slow as the test wants.</summary>
public sealed class GatedConflictStore(IConflictStore inner) : IConflictStore
{
    private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Reached { get; private set; }

    public void Open() => gate.TrySetResult();

    public async Task<CommitResult> OpenAsync(WorkspaceId workspace, Func<ConflictId, Transition> open, DeliveryId? delivery, CancellationToken cancellationToken = default)
    {
        Reached = true;
        await gate.Task.WaitAsync(cancellationToken);
        return await inner.OpenAsync(workspace, open, delivery, cancellationToken);
    }

    public Task<StoredConflict?> GetAsync(WorkspaceId workspace, ConflictId id, CancellationToken cancellationToken = default) =>
        inner.GetAsync(workspace, id, cancellationToken);

    public Task<IReadOnlyList<StoredConflict>> ListOpenAsync(WorkspaceId workspace, CancellationToken cancellationToken = default) =>
        inner.ListOpenAsync(workspace, cancellationToken);

    public Task<IReadOnlyList<DecisionRecord>> ListDecisionsAsync(WorkspaceId workspace, int max, CancellationToken cancellationToken = default) =>
        inner.ListDecisionsAsync(workspace, max, cancellationToken);

    public Task<IReadOnlyList<DecisionRecord>> ListDecisionsBetweenAsync(
        WorkspaceId workspace, DateTimeOffset after, DateTimeOffset until, int max, CancellationToken cancellationToken = default) =>
        inner.ListDecisionsBetweenAsync(workspace, after, until, max, cancellationToken);

    public Task<IReadOnlyList<ConflictEvent>> ReadLogAsync(WorkspaceId workspace, ConflictId id, CancellationToken cancellationToken = default) =>
        inner.ReadLogAsync(workspace, id, cancellationToken);

    public Task<DeliveryReceipt?> FindDeliveryAsync(WorkspaceId workspace, DeliveryId delivery, CancellationToken cancellationToken = default) =>
        inner.FindDeliveryAsync(workspace, delivery, cancellationToken);

    public Task<CommitResult> CommitAsync(StoredConflict before, Transition transition, DeliveryId? delivery, CancellationToken cancellationToken = default) =>
        inner.CommitAsync(before, transition, delivery, cancellationToken);
}
