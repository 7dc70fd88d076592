using Azure;
using BridgeBot.Domain.Digests;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.Hosting;
using BridgeBot.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Storage.Digests;

/// <summary>
/// Digest subscriptions and the scheduler's ledger on Azure Table Storage, all in one partition (layout in
/// <see cref="DigestKeys"/>). Every change is one entity group transaction guarded by ETags, so among several
/// instances exactly one wins each step and the others see 404, 409 or 412 and move on.
/// </summary>
public sealed partial class TableDigestStore(TableClient table, TableProvisioner provisioner, ILogger<TableDigestStore> logger)
    : IDigestSubscriptionStore, IDigestLedger
{
    // Two people changing one channel's subscription at once: each round lets one through.
    private const int SaveAttempts = 8;

    /// <inheritdoc />
    public async Task<SubscriptionStatus?> FindAsync(WorkspaceId workspace, string channelId, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await FindAsync(DigestKeys.Subscription(DigestKeys.Channel(workspace, channelId)), cancellationToken).ConfigureAwait(false);
        return row is null ? null : Status(row);
    }

    /// <inheritdoc />
    public async Task<SubscriptionStatus> SaveAsync(
        DigestSubscription subscription, DateTimeOffset nextDue, DateTimeOffset nextSweep, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var channel = DigestKeys.Channel(subscription.Workspace, subscription.ChannelId);
        var key = DigestKeys.Subscription(channel);
        for (var attempt = 1; ; attempt++)
        {
            var current = await FindAsync(key, cancellationToken).ConfigureAwait(false);
            var row = DigestEntities.SubscriptionRow(key, subscription);
            row["NextDue"] = nextDue;
            row["NextSweep"] = nextSweep;
            row["LastDigestAt"] = current?.GetDateTimeOffset("LastDigestAt");
            var actions = new List<TableTransactionAction>
            {
                current is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, row)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, current.ETag),
            };
            actions.AddRange(MoveDue(current, DigestEntities.DigestKind, DigestKeys.DueDigest(nextDue, channel), subscription, nextDue));
            actions.AddRange(MoveDue(current, DigestEntities.SweepKind, DigestKeys.DueSweep(nextSweep, channel), subscription, nextSweep));
            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return new SubscriptionStatus(subscription, nextDue, current?.GetDateTimeOffset("LastDigestAt"));
            }
            catch (TableTransactionFailedException failure) when (failure.Status is 404 or 409 or 412 && attempt < SaveAttempts)
            {
                LogSaveRace(subscription.Workspace, subscription.ChannelId, attempt);
            }
        }
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(WorkspaceId workspace, string channelId, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var channel = DigestKeys.Channel(workspace, channelId);
        for (var attempt = 1; ; attempt++)
        {
            var current = await FindAsync(DigestKeys.Subscription(channel), cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                return false;
            }

            TableTransactionAction[] actions =
            [
                new(TableTransactionActionType.Delete, current, current.ETag),
                new(TableTransactionActionType.Delete, Keys(DigestKeys.DueDigest(Ticks(current, "NextDue"), channel)), ETag.All),
                new(TableTransactionActionType.Delete, Keys(DigestKeys.DueSweep(Ticks(current, "NextSweep"), channel)), ETag.All),
            ];
            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (TableTransactionFailedException failure) when (failure.Status is 404 or 412 && attempt < SaveAttempts)
            {
                LogSaveRace(workspace, channelId, attempt);
            }
        }
    }

    // The subscription's old due entry goes and the new one comes in the same transaction as the subscription itself,
    // so a schedule changed between two ticks can never fire at its old time.
    private static IEnumerable<TableTransactionAction> MoveDue(
        TableEntity? current, string kind, string newKey, DigestSubscription subscription, DateTimeOffset at)
    {
        var column = kind == DigestEntities.DigestKind ? "NextDue" : "NextSweep";
        var oldKey = current is null
            ? null
            : kind == DigestEntities.DigestKind
                ? DigestKeys.DueDigest(Ticks(current, column), DigestKeys.Channel(subscription.Workspace, subscription.ChannelId))
                : DigestKeys.DueSweep(Ticks(current, column), DigestKeys.Channel(subscription.Workspace, subscription.ChannelId));
        var row = DigestEntities.DueRow(newKey, kind, subscription, at);
        if (oldKey == newKey)
        {
            yield return new TableTransactionAction(TableTransactionActionType.UpsertReplace, row);
            yield break;
        }

        if (oldKey is not null)
        {
            yield return new TableTransactionAction(TableTransactionActionType.Delete, Keys(oldKey), ETag.All);
        }

        yield return new TableTransactionAction(TableTransactionActionType.Add, row);
    }

    private static SubscriptionStatus Status(TableEntity row) =>
        new(DigestEntities.ReadSubscription(row), Ticks(row, "NextDue"), row.GetDateTimeOffset("LastDigestAt"));

    private static DateTimeOffset Ticks(TableEntity row, string column) => row.GetDateTimeOffset(column) ?? DateTimeOffset.MinValue;

    private static TableEntity Keys(string rowKey) => new(DigestKeys.Partition, rowKey);

    private async Task<TableEntity?> FindAsync(string rowKey, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync(DigestKeys.Partition, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest subscription of {ChannelId} in {Workspace} changed concurrently (attempt {Attempt}); retrying")]
    private partial void LogSaveRace(WorkspaceId workspace, string channelId, int attempt);
}
