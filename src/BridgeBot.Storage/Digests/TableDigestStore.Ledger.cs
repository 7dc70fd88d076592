using Azure;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Digests;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Storage.Digests;

/// <summary>The scheduler's side: the due index, claims, retries, sweeps and reminders.</summary>
public sealed partial class TableDigestStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<DueEntry>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var due = new List<DueEntry>();
        if (max <= 0)
        {
            return due;
        }

        var filter = TableOdataFilter.Create(
            $"PartitionKey eq {DigestKeys.Partition} and RowKey ge {DigestKeys.DuePrefix} and RowKey lt {DigestKeys.DueAfter(now)}");
        await foreach (var row in table.QueryAsync(filter, Math.Min(max, 1000), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var kind = row.GetString("Kind") switch
            {
                DigestEntities.SweepKind => DueKind.Sweep,
                DigestEntities.RetryKind => DueKind.Retry,
                _ => DueKind.Digest,
            };
            var day = row.GetString("Day") is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
            due.Add(new DueEntry(kind, Ticks(row, "At"), DigestEntities.ReadSubscription(row), day, ClaimToken.Write(row.ETag, row.RowKey)));
            if (due.Count == max)
            {
                break;
            }
        }

        return due;
    }

    /// <inheritdoc />
    public async Task<DigestClaim?> TryClaimAsync(
        DueEntry entry, DateTimeOffset nextDue, DateOnly? day, DateTimeOffset now, DateTimeOffset watchdogAt, CancellationToken cancellationToken = default)
    {
        var (entryETag, entryKey) = ClaimToken.Read(entry.Token);
        var channel = DigestKeys.Channel(entry.Subscription.Workspace, entry.Subscription.ChannelId);
        var sub = await FindAsync(DigestKeys.Subscription(channel), cancellationToken).ConfigureAwait(false);
        if (sub is null || DigestKeys.DueDigest(Ticks(sub, "NextDue"), channel) != entryKey)
        {
            // The subscription changed or went since this entry was read; its own transaction already replaced the entry.
            return null;
        }

        var subscription = DigestEntities.ReadSubscription(sub);
        var since = sub.GetDateTimeOffset("LastDigestAt") ?? subscription.SetAt;
        var advance = new TableEntity(DigestKeys.Partition, sub.RowKey) { ["NextDue"] = nextDue };
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateMerge, advance, sub.ETag),
            new(TableTransactionActionType.Delete, Keys(entryKey), entryETag),
            new(TableTransactionActionType.Add, DigestEntities.DueRow(DigestKeys.DueDigest(nextDue, channel), DigestEntities.DigestKind, subscription, nextDue)),
        };
        TableEntity? claim = null;
        if (day is { } claimedDay)
        {
            advance["LastDigestAt"] = now;
            var retryKey = DigestKeys.DueRetry(watchdogAt, channel, claimedDay);
            claim = new TableEntity(DigestKeys.Partition, DigestKeys.Claim(channel, claimedDay))
            {
                ["Day"] = TableKey.Day(claimedDay),
                ["Since"] = since,
                ["Until"] = now,
                ["Attempt"] = 1,
                ["State"] = DigestEntities.Claimed,
                ["RetryKey"] = retryKey,
                ["ClaimedAt"] = now,
            };
            DigestEntities.Write(claim, subscription);
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, claim));
            actions.Add(new TableTransactionAction(
                TableTransactionActionType.Add, DigestEntities.DueRow(retryKey, DigestEntities.RetryKind, subscription, watchdogAt, claimedDay)));
        }

        try
        {
            var responses = await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            if (claim is null)
            {
                return null;
            }

            claim.ETag = responses.Value[3].Headers.ETag ?? ETag.All;
            return DigestEntities.ReadClaim(claim);
        }
        catch (TableTransactionFailedException failure) when (failure.Status is 409 && failure.FailedTransactionActionIndex == 3)
        {
            // The day was claimed before (its schedule moved later the same day): move on without a second digest.
            LogDayTaken(subscription.Workspace, subscription.ChannelId, day!.Value);
            return await TryClaimAsync(entry, nextDue, null, now, watchdogAt, cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException failure) when (failure.Status is 404 or 409 or 412)
        {
            LogLostClaim(subscription.Workspace, subscription.ChannelId, failure.Status);
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<RetryTakeover> TryTakeOverAsync(DueEntry entry, int maxAttempts, DateTimeOffset watchdogAt, CancellationToken cancellationToken = default)
    {
        var (entryETag, entryKey) = ClaimToken.Read(entry.Token);
        var channel = DigestKeys.Channel(entry.Subscription.Workspace, entry.Subscription.ChannelId);
        var day = entry.Day!.Value;
        var row = await FindAsync(DigestKeys.Claim(channel, day), cancellationToken).ConfigureAwait(false);
        var open = row is not null && row.GetString("State") is DigestEntities.Claimed or DigestEntities.Failed && row.GetString("RetryKey") == entryKey;
        if (!open)
        {
            // Posted, given up, or superseded by a later retry entry: this entry is left over.
            await table.DeleteEntityAsync(DigestKeys.Partition, entryKey, entryETag, cancellationToken).ConfigureAwait(false);
            return RetryTakeover.None;
        }

        if (await FindAsync(DigestKeys.Subscription(channel), cancellationToken).ConfigureAwait(false) is null)
        {
            // The channel turned its digest off since the first attempt failed: nothing more is posted there.
            var cancelled = new TableEntity(DigestKeys.Partition, row!.RowKey) { ["State"] = DigestEntities.GivenUp, ["Outcome"] = "digest turned off" };
            try
            {
                await table.SubmitTransactionAsync(
                    [new(TableTransactionActionType.UpdateMerge, cancelled, row.ETag), new(TableTransactionActionType.Delete, Keys(entryKey), entryETag)],
                    cancellationToken).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException failure) when (failure.Status is 404 or 409 or 412)
            {
                // Another instance got there first.
            }

            return RetryTakeover.None;
        }

        var attempt = row!.GetInt32("Attempt") ?? 1;
        var giveUp = attempt >= maxAttempts;
        var change = new TableEntity(DigestKeys.Partition, row.RowKey);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateMerge, change, row.ETag),
            new(TableTransactionActionType.Delete, Keys(entryKey), entryETag),
        };
        var retryKey = DigestKeys.DueRetry(watchdogAt, channel, day);
        if (giveUp)
        {
            change["State"] = DigestEntities.GivenUp;
        }
        else
        {
            change["State"] = DigestEntities.Claimed;
            change["Attempt"] = attempt + 1;
            change["RetryKey"] = retryKey;
            actions.Add(new TableTransactionAction(
                TableTransactionActionType.Add, DigestEntities.DueRow(retryKey, DigestEntities.RetryKind, entry.Subscription, watchdogAt, day)));
        }

        try
        {
            var responses = await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            foreach (var (name, value) in change)
            {
                row[name] = value;
            }

            row.ETag = responses.Value[0].Headers.ETag ?? ETag.All;
            var claim = DigestEntities.ReadClaim(row);
            return giveUp ? new RetryTakeover(null, claim) : new RetryTakeover(claim, null);
        }
        catch (TableTransactionFailedException failure) when (failure.Status is 404 or 409 or 412)
        {
            return RetryTakeover.None;
        }
    }

    /// <inheritdoc />
    public async Task<DigestClaim?> RecordRootAsync(DigestClaim claim, string rootMessageId, CancellationToken cancellationToken = default)
    {
        var (etag, _) = ClaimToken.Read(claim.Token);
        var change = new TableEntity(DigestKeys.Partition, ClaimKey(claim)) { ["RootMessageId"] = rootMessageId };
        try
        {
            var response = await table.UpdateEntityAsync(change, etag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            var (_, retryKey) = ClaimToken.Read(claim.Token);
            return claim with { RootMessageId = rootMessageId, Token = ClaimToken.Write(response.Headers.ETag ?? ETag.All, retryKey) };
        }
        catch (RequestFailedException failure) when (failure.Status is 404 or 412)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public Task<bool> MarkPostedAsync(DigestClaim claim, string outcome, CancellationToken cancellationToken = default) =>
        FinishAsync(claim, new Dictionary<string, object?> { ["State"] = DigestEntities.Posted, ["Outcome"] = outcome }, null, cancellationToken);

    /// <inheritdoc />
    public Task<bool> ScheduleRetryAsync(DigestClaim claim, DateTimeOffset retryAt, string failure, CancellationToken cancellationToken = default)
    {
        var channel = DigestKeys.Channel(claim.Subscription.Workspace, claim.Subscription.ChannelId);
        var retryKey = DigestKeys.DueRetry(retryAt, channel, claim.Day);
        var retry = DigestEntities.DueRow(retryKey, DigestEntities.RetryKind, claim.Subscription, retryAt, claim.Day);
        return FinishAsync(
            claim, new Dictionary<string, object?> { ["State"] = DigestEntities.Failed, ["LastError"] = Shorten(failure), ["RetryKey"] = retryKey }, retry, cancellationToken);
    }

    /// <inheritdoc />
    public Task GiveUpAsync(DigestClaim claim, string failure, CancellationToken cancellationToken = default) =>
        FinishAsync(claim, new Dictionary<string, object?> { ["State"] = DigestEntities.GivenUp, ["LastError"] = Shorten(failure) }, null, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> TryTakeSweepAsync(DueEntry entry, DateTimeOffset nextSweep, CancellationToken cancellationToken = default)
    {
        var (entryETag, entryKey) = ClaimToken.Read(entry.Token);
        var channel = DigestKeys.Channel(entry.Subscription.Workspace, entry.Subscription.ChannelId);
        var sub = await FindAsync(DigestKeys.Subscription(channel), cancellationToken).ConfigureAwait(false);
        if (sub is null || DigestKeys.DueSweep(Ticks(sub, "NextSweep"), channel) != entryKey)
        {
            return false;
        }

        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.UpdateMerge, new TableEntity(DigestKeys.Partition, sub.RowKey) { ["NextSweep"] = nextSweep }, sub.ETag),
            new(TableTransactionActionType.Delete, Keys(entryKey), entryETag),
            new(TableTransactionActionType.Add, DigestEntities.DueRow(
                DigestKeys.DueSweep(nextSweep, channel), DigestEntities.SweepKind, DigestEntities.ReadSubscription(sub), nextSweep)),
        ];
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException failure) when (failure.Status is 404 or 409 or 412)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryRecordNudgeAsync(WorkspaceId workspace, ConflictId conflict, UserRef person, DateOnly day, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var key = DigestKeys.Nudge(workspace, conflict, person);
        var current = await FindAsync(key, cancellationToken).ConfigureAwait(false);
        if (current?.GetString("LastDay") == TableKey.Day(day))
        {
            return false;
        }

        var row = new TableEntity(DigestKeys.Partition, key)
        {
            ["Workspace"] = workspace.Value,
            ["ConflictId"] = conflict.ToString(),
            ["PersonId"] = person.Id,
            ["LastDay"] = TableKey.Day(day),
        };
        try
        {
            await (current is null
                ? table.AddEntityAsync(row, cancellationToken)
                : table.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, cancellationToken)).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException failure) when (failure.Status is 409 or 412)
        {
            return false;
        }
    }

    private async Task<bool> FinishAsync(
        DigestClaim claim, Dictionary<string, object?> columns, TableEntity? nextRetry, CancellationToken cancellationToken)
    {
        var (etag, retryKey) = ClaimToken.Read(claim.Token);
        var change = new TableEntity(DigestKeys.Partition, ClaimKey(claim));
        foreach (var (name, value) in columns)
        {
            change[name] = value;
        }

        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateMerge, change, etag),
            new(TableTransactionActionType.Delete, Keys(retryKey), ETag.All),
        };
        if (nextRetry is not null)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, nextRetry));
        }

        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException failure) when (failure.Status is 404 or 409 or 412)
        {
            LogClaimMoved(claim.Subscription.Workspace, claim.Subscription.ChannelId, claim.Day);
            return false;
        }
    }

    private static string ClaimKey(DigestClaim claim) =>
        DigestKeys.Claim(DigestKeys.Channel(claim.Subscription.Workspace, claim.Subscription.ChannelId), claim.Day);

    private static string Shorten(string text) => text.Length <= 1000 ? text : text[..1000];

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest of {ChannelId} in {Workspace} for {Day} was already claimed; moving its schedule on")]
    private partial void LogDayTaken(WorkspaceId workspace, string channelId, DateOnly day);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Another instance took the due digest of {ChannelId} in {Workspace} ({Status})")]
    private partial void LogLostClaim(WorkspaceId workspace, string channelId, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest claim of {ChannelId} in {Workspace} for {Day} was taken over while this instance held it")]
    private partial void LogClaimMoved(WorkspaceId workspace, string channelId, DateOnly day);
}
