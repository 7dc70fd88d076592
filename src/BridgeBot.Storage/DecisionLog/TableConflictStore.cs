using Azure;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.Hosting;
using BridgeBot.Storage.Retrospectives;
using BridgeBot.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Storage.DecisionLog;

/// <summary>
/// The decision log and conflict store on Azure Table Storage (layout in <see cref="RowKeys"/>).
/// <para>
/// Every change is one entity group transaction in the workspace's partition: the delivery marker (if any),
/// the conflict row, the new log rows, and the index rows. The log row for the conflict's next sequence number
/// is inserted, never replaced, so two writers that read the same version collide on it and exactly one wins;
/// the table service rolls the loser's whole transaction back.
/// </para>
/// <para>
/// A request whose outcome is unknown (a timeout, then a retry that hits its own earlier write) is recognised by
/// the commit id written on the conflict row and the delivery marker, so it is reported as committed, not stale.
/// </para>
/// </summary>
public sealed partial class TableConflictStore(TableClient table, TableProvisioner provisioner, ILogger<TableConflictStore> logger)
    : IConflictStore, IConflictArchive, IWorkspaceSettingsStore
{
    // Each round of concurrent opens in one workspace lets exactly one through, so this bounds the contenders.
    private const int OpenAttempts = 64;

    /// <inheritdoc />
    public async Task<StoredConflict?> GetAsync(WorkspaceId workspace, ConflictId id, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await FindAsync(RowKeys.Partition(workspace), RowKeys.Conflict(id), cancellationToken).ConfigureAwait(false);
        return row is null ? null : ConflictEntities.ReadConflict(row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredConflict>> ListOpenAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var open = new List<StoredConflict>();
        await foreach (var row in Range(workspace, RowKeys.OpenPrefix, null, cancellationToken).ConfigureAwait(false))
        {
            open.Add(ConflictEntities.ReadConflict(row));
        }

        return open;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReleaseConflict>> ListAllAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var all = new List<ReleaseConflict>();
        await foreach (var row in Range(workspace, RowKeys.ConflictPrefix, null, cancellationToken).ConfigureAwait(false))
        {
            all.Add(ConflictEntities.ReadConflict(row).Conflict);
        }

        return all;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DecisionRecord>> ListDecisionsAsync(WorkspaceId workspace, int max, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var decisions = new List<DecisionRecord>();
        if (max <= 0)
        {
            return decisions;
        }

        await foreach (var row in Range(workspace, RowKeys.DecisionPrefix, Math.Min(max, 1000), cancellationToken).ConfigureAwait(false))
        {
            decisions.Add(ConflictEntities.ReadDecision(row));
            if (decisions.Count == max)
            {
                break;
            }
        }

        return decisions;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DecisionRecord>> ListDecisionsBetweenAsync(
        WorkspaceId workspace, DateTimeOffset after, DateTimeOffset until, int max, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var decisions = new List<DecisionRecord>();
        if (max <= 0 || until <= after)
        {
            return decisions;
        }

        // Decision keys hold inverted ticks, newest first: (after, until] is the key range [until, after).
        var filter = TableOdataFilter.Create(
            $"PartitionKey eq {RowKeys.Partition(workspace)} and RowKey ge {RowKeys.DecisionsFrom(until)} and RowKey lt {RowKeys.DecisionsFrom(after)}");
        await foreach (var row in table.QueryAsync(filter, Math.Min(max, 1000), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            decisions.Add(ConflictEntities.ReadDecision(row));
            if (decisions.Count == max)
            {
                break;
            }
        }

        return decisions;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ConflictEvent>> ReadLogAsync(WorkspaceId workspace, ConflictId id, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<ConflictEvent>();
        await foreach (var row in Range(workspace, RowKeys.LogPrefix(id), null, cancellationToken).ConfigureAwait(false))
        {
            entries.Add(ConflictEntities.ReadLog(row));
        }

        return entries;
    }

    /// <inheritdoc />
    public async Task<DeliveryReceipt?> FindDeliveryAsync(WorkspaceId workspace, DeliveryId delivery, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await FindAsync(RowKeys.Partition(workspace), RowKeys.Delivery(delivery), cancellationToken).ConfigureAwait(false);
        return row is null ? null : ConflictEntities.ReadDelivery(row);
    }

    /// <inheritdoc />
    public async Task<CommitResult> OpenAsync(
        WorkspaceId workspace, Func<ConflictId, Transition> open, DeliveryId? delivery, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = RowKeys.Partition(workspace);
        var commitId = Guid.NewGuid().ToString("N");
        for (var attempt = 1; ; attempt++)
        {
            var counter = await FindAsync(partition, RowKeys.Counter, cancellationToken).ConfigureAwait(false);
            var id = new ConflictId((counter?.GetInt32("Last") ?? 0) + 1);
            var transition = open(id);
            var nextCounter = new TableEntity(partition, RowKeys.Counter) { ["Last"] = id.Number };

            var actions = new List<TableTransactionAction>();
            AddDelivery(actions, partition, delivery, transition, commitId);
            actions.Add(counter is null
                ? new TableTransactionAction(TableTransactionActionType.Add, nextCounter)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, nextCounter, counter.ETag));
            actions.AddRange(ChangeActions(partition, transition, commitId));

            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                LogOpened(workspace, id, attempt);
                return new CommitResult(CommitStatus.Committed, new StoredConflict(transition.After, ConflictEntities.Token(transition.After.Version)));
            }
            catch (TableTransactionFailedException failure) when (failure.Status is 404 or 409 or 412)
            {
                if (await ResolveAsync(workspace, id, delivery, commitId, transition, cancellationToken).ConfigureAwait(false) is { } resolved)
                {
                    return resolved;
                }

                if (attempt == OpenAttempts)
                {
                    throw;
                }

                // Someone opened a conflict with the same number first: take the next number.
                LogOpenRace(workspace, id, attempt);
            }
        }
    }

    /// <inheritdoc />
    public async Task<CommitResult> CommitAsync(
        StoredConflict before, Transition transition, DeliveryId? delivery, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var workspace = before.Conflict.Workspace;
        var partition = RowKeys.Partition(workspace);
        var commitId = Guid.NewGuid().ToString("N");
        var actions = new List<TableTransactionAction>();
        AddDelivery(actions, partition, delivery, transition, commitId);
        actions.AddRange(ChangeActions(partition, transition, commitId));

        // The retrospective due index is one partition for all workspaces, so it cannot join the transaction: its entry is
        // written first, and one whose decision then did not commit is dropped by the scheduler when it falls due.
        foreach (var decided in transition.Events.OfType<ConflictDecided>())
        {
            await table.UpsertEntityAsync(RetrospectiveEntities.DueRow(workspace, before.Conflict.Id, decided.Decision), TableUpdateMode.Merge, cancellationToken)
                .ConfigureAwait(false);
        }

        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return new CommitResult(CommitStatus.Committed, new StoredConflict(transition.After, ConflictEntities.Token(transition.After.Version)));
        }
        catch (TableTransactionFailedException failure) when (failure.Status is 404 or 409 or 412)
        {
            var id = before.Conflict.Id;
            if (await ResolveAsync(workspace, id, delivery, commitId, transition, cancellationToken).ConfigureAwait(false) is { } resolved)
            {
                return resolved;
            }

            LogStale(workspace, id, before.Conflict.Version);
            return new CommitResult(CommitStatus.Stale, await GetAsync(workspace, id, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <inheritdoc />
    public async Task<WorkspaceSettings> GetAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await FindAsync(RowKeys.Partition(workspace), RowKeys.Settings, cancellationToken).ConfigureAwait(false);
        return row is null ? WorkspaceSettings.Default : ConflictEntities.ReadSettings(row);
    }

    /// <inheritdoc />
    public async Task<WorkspaceSettings?> TrySaveAsync(
        WorkspaceId workspace, WorkspaceSettings settings, int expectedVersion, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = RowKeys.Partition(workspace);
        var saved = settings with { Version = expectedVersion + 1 };
        var row = ConflictEntities.SettingsRow(partition, saved);
        try
        {
            var current = await FindAsync(partition, RowKeys.Settings, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                if (expectedVersion != 0)
                {
                    return null;
                }

                await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                if (ConflictEntities.ReadSettings(current).Version != expectedVersion)
                {
                    return null;
                }

                await table.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }

            return saved;
        }
        catch (RequestFailedException failure) when (failure.Status is 409 or 412)
        {
            return null;
        }
    }

    private static void AddDelivery(List<TableTransactionAction> actions, string partition, DeliveryId? delivery, Transition transition, string commitId)
    {
        // First in the transaction: a redelivery fails here, before anything else is compared.
        if (delivery is { } id)
        {
            var receipt = new DeliveryReceipt(id, transition.After.Id, transition.After.LastChangedAt);
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, ConflictEntities.DeliveryRow(partition, receipt, commitId)));
        }
    }

    private static IEnumerable<TableTransactionAction> ChangeActions(string partition, Transition transition, string commitId)
    {
        var after = transition.After;
        var isNew = transition.Before is null;
        var conflictRow = ConflictEntities.ConflictRow(partition, RowKeys.Conflict(after.Id), after, commitId);
        yield return isNew
            ? new TableTransactionAction(TableTransactionActionType.Add, conflictRow)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, conflictRow, ETag.All);

        foreach (var entry in transition.Events)
        {
            yield return new TableTransactionAction(TableTransactionActionType.Add, ConflictEntities.LogRow(partition, entry));
        }

        var openRow = ConflictEntities.ConflictRow(partition, RowKeys.Open(after.Id), after, commitId);
        if (after.IsOpen)
        {
            yield return new TableTransactionAction(TableTransactionActionType.UpsertReplace, openRow);
        }
        else if (transition.Before?.IsOpen == true)
        {
            yield return new TableTransactionAction(TableTransactionActionType.Delete, openRow, ETag.All);
        }

        foreach (var decided in transition.Events.OfType<ConflictDecided>())
        {
            yield return new TableTransactionAction(TableTransactionActionType.Add, ConflictEntities.DecisionRow(partition, after, decided));
        }
    }

    /// <summary>After a failed transaction: was it a redelivery, or our own earlier attempt that did succeed?</summary>
    private async Task<CommitResult?> ResolveAsync(
        WorkspaceId workspace, ConflictId id, DeliveryId? delivery, string commitId, Transition transition, CancellationToken cancellationToken)
    {
        var partition = RowKeys.Partition(workspace);
        if (delivery is { } deliveryId)
        {
            var marker = await FindAsync(partition, RowKeys.Delivery(deliveryId), cancellationToken).ConfigureAwait(false);
            if (marker is not null)
            {
                if (marker.GetString("CommitId") == commitId)
                {
                    return new CommitResult(CommitStatus.Committed, new StoredConflict(transition.After, ConflictEntities.Token(transition.After.Version)));
                }

                var receipt = ConflictEntities.ReadDelivery(marker);
                LogDuplicate(workspace, deliveryId.Value, receipt.ConflictId);
                return new CommitResult(CommitStatus.Duplicate, await GetAsync(workspace, receipt.ConflictId, cancellationToken).ConfigureAwait(false), receipt);
            }
        }

        var row = await FindAsync(partition, RowKeys.Conflict(id), cancellationToken).ConfigureAwait(false);
        return row?.GetString("LastCommitId") == commitId
            ? new CommitResult(CommitStatus.Committed, ConflictEntities.ReadConflict(row!))
            : null;
    }

    private async Task<TableEntity?> FindAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    private AsyncPageable<TableEntity> Range(WorkspaceId workspace, string prefix, int? pageSize, CancellationToken cancellationToken)
    {
        var filter = TableOdataFilter.Create(
            $"PartitionKey eq {RowKeys.Partition(workspace)} and RowKey ge {prefix} and RowKey lt {RowKeys.After(prefix)}");
        return table.QueryAsync(filter, pageSize, cancellationToken: cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opened {ConflictId} in {Workspace} (attempt {Attempt})")]
    private partial void LogOpened(WorkspaceId workspace, ConflictId conflictId, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conflict number {ConflictId} in {Workspace} was taken concurrently (attempt {Attempt}); taking the next")]
    private partial void LogOpenRace(WorkspaceId workspace, ConflictId conflictId, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Change to {ConflictId} in {Workspace} from version {Version} lost a race; nothing written")]
    private partial void LogStale(WorkspaceId workspace, ConflictId conflictId, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery {Delivery} in {Workspace} was already applied to {ConflictId}; nothing written")]
    private partial void LogDuplicate(WorkspaceId workspace, string delivery, ConflictId conflictId);
}
