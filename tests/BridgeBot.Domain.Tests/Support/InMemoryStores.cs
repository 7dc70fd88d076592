using System.Globalization;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Tests.Support;

/// <summary>
/// A fake of the store ports for the service's own rules (stale reads, redelivery). The real store is
/// tested against Azurite in BridgeBot.Storage.Tests.
/// </summary>
internal sealed class InMemoryConflictStore : IConflictStore, IWorkspaceSettingsStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(WorkspaceId, ConflictId), ReleaseConflict> conflicts = [];
    private readonly Dictionary<(WorkspaceId, ConflictId), List<ConflictEvent>> logs = [];
    private readonly Dictionary<(WorkspaceId, DeliveryId), DeliveryReceipt> deliveries = [];
    private readonly Dictionary<WorkspaceId, WorkspaceSettings> settings = [];

    public Task<StoredConflict?> GetAsync(WorkspaceId workspace, ConflictId id, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(conflicts.TryGetValue((workspace, id), out var c) ? Stored(c) : null);
        }
    }

    public Task<IReadOnlyList<StoredConflict>> ListOpenAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<StoredConflict>>(
                conflicts.Where(p => p.Key.Item1 == workspace && p.Value.IsOpen).Select(p => Stored(p.Value)!).ToArray());
        }
    }

    public Task<IReadOnlyList<DecisionRecord>> ListDecisionsAsync(WorkspaceId workspace, int max, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var decided = logs.Where(p => p.Key.Item1 == workspace)
                .SelectMany(p => p.Value.OfType<ConflictDecided>().Select(e => (Conflict: conflicts[p.Key], Entry: e)))
                .OrderByDescending(x => x.Entry.Decision.DecidedAt)
                .Take(max)
                .Select(x => new DecisionRecord(
                    x.Conflict.Id, x.Entry.Release, x.Conflict.OriginalDeadline, x.Conflict.ProductManager.DisplayName,
                    x.Conflict.ProjectManager.DisplayName, x.Entry.Decision, x.Entry.Supersedes));
            return Task.FromResult<IReadOnlyList<DecisionRecord>>(decided.ToArray());
        }
    }

    public async Task<IReadOnlyList<DecisionRecord>> ListDecisionsBetweenAsync(
        WorkspaceId workspace, DateTimeOffset after, DateTimeOffset until, int max, CancellationToken cancellationToken = default) =>
        (await ListDecisionsAsync(workspace, int.MaxValue, cancellationToken))
            .Where(d => d.Decision.DecidedAt > after && d.Decision.DecidedAt <= until)
            .Take(max)
            .ToArray();

    public Task<IReadOnlyList<ConflictEvent>> ReadLogAsync(WorkspaceId workspace, ConflictId id, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<ConflictEvent>>(logs.TryGetValue((workspace, id), out var log) ? log.ToArray() : []);
        }
    }

    public Task<DeliveryReceipt?> FindDeliveryAsync(WorkspaceId workspace, DeliveryId delivery, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(deliveries.GetValueOrDefault((workspace, delivery)));
        }
    }

    public Task<CommitResult> OpenAsync(WorkspaceId workspace, Func<ConflictId, Transition> open, DeliveryId? delivery, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (delivery is { } d && deliveries.TryGetValue((workspace, d), out var receipt))
            {
                return Task.FromResult(new CommitResult(CommitStatus.Duplicate, Stored(conflicts[(workspace, receipt.ConflictId)]), receipt));
            }

            var id = new ConflictId(conflicts.Keys.Count(k => k.Item1 == workspace) + 1);
            var transition = open(id);
            Apply(workspace, transition, delivery);
            return Task.FromResult(new CommitResult(CommitStatus.Committed, Stored(transition.After)));
        }
    }

    public Task<CommitResult> CommitAsync(StoredConflict before, Transition transition, DeliveryId? delivery, CancellationToken cancellationToken = default)
    {
        var workspace = before.Conflict.Workspace;
        lock (gate)
        {
            var current = conflicts[(workspace, before.Conflict.Id)];
            if (delivery is { } d && deliveries.TryGetValue((workspace, d), out var receipt))
            {
                return Task.FromResult(new CommitResult(CommitStatus.Duplicate, Stored(current), receipt));
            }

            if (Stored(current)!.ConcurrencyToken != before.ConcurrencyToken)
            {
                return Task.FromResult(new CommitResult(CommitStatus.Stale, Stored(current)));
            }

            Apply(workspace, transition, delivery);
            return Task.FromResult(new CommitResult(CommitStatus.Committed, Stored(transition.After)));
        }
    }

    public Task<WorkspaceSettings> GetAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(settings.GetValueOrDefault(workspace, WorkspaceSettings.Default));
        }
    }

    public Task<WorkspaceSettings?> TrySaveAsync(WorkspaceId workspace, WorkspaceSettings value, int expectedVersion, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (settings.GetValueOrDefault(workspace, WorkspaceSettings.Default).Version != expectedVersion)
            {
                return Task.FromResult<WorkspaceSettings?>(null);
            }

            var saved = value with { Version = expectedVersion + 1 };
            settings[workspace] = saved;
            return Task.FromResult<WorkspaceSettings?>(saved);
        }
    }

    private void Apply(WorkspaceId workspace, Transition transition, DeliveryId? delivery)
    {
        var key = (workspace, transition.After.Id);
        conflicts[key] = transition.After;
        if (!logs.TryGetValue(key, out var log))
        {
            logs[key] = log = [];
        }

        log.AddRange(transition.Events);
        if (delivery is { } d)
        {
            deliveries[(workspace, d)] = new DeliveryReceipt(d, transition.After.Id, transition.After.LastChangedAt);
        }
    }

    private static StoredConflict? Stored(ReleaseConflict? conflict) =>
        conflict is null ? null : new StoredConflict(conflict, conflict.Version.ToString(CultureInfo.InvariantCulture));
}
