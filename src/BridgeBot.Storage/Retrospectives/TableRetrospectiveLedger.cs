using Azure;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.Hosting;
using BridgeBot.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Storage.Retrospectives;

/// <summary>
/// The retrospective due index on Azure Table Storage (layout in <see cref="RetrospectiveKeys"/>). Each step is one write
/// conditional on the entry's ETag, so among several instances exactly one holds an entry at a time; the others see 404
/// or 412 and move on. A lease that runs out (its instance died while asking) lets the next tick take the entry over.
/// </summary>
public sealed partial class TableRetrospectiveLedger(TableClient table, TableProvisioner provisioner, ILogger<TableRetrospectiveLedger> logger)
    : IRetrospectiveLedger
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<RetrospectiveDue>> ListDueAsync(
        DateOnly releasedOnOrBefore, DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var due = new List<RetrospectiveDue>();
        if (max <= 0)
        {
            return due;
        }

        var filter = TableOdataFilter.Create(
            $"PartitionKey eq {RetrospectiveKeys.Partition} and RowKey ge {RetrospectiveKeys.DuePrefix} and RowKey lt {RetrospectiveKeys.DueAfter(releasedOnOrBefore)}");
        await foreach (var row in table.QueryAsync(filter, Math.Min(max, 1000), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (RetrospectiveEntities.LeasedUntil(row) > now)
            {
                continue;
            }

            due.Add(RetrospectiveEntities.Read(row, row.ETag));
            if (due.Count == max)
            {
                break;
            }
        }

        return due;
    }

    /// <inheritdoc />
    public async Task<RetrospectiveDue?> TryClaimAsync(RetrospectiveDue entry, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var change = new Dictionary<string, object?> { [RetrospectiveEntities.NotBefore] = leaseUntil, [RetrospectiveEntities.Attempt] = entry.Attempt + 1 };
        var claimed = await TryUpdateAsync(entry, change, cancellationToken).ConfigureAwait(false);
        if (claimed is null)
        {
            LogLostClaim(entry.Workspace, entry.ConflictId, entry.DecisionNumber);
        }

        return claimed is null ? null : claimed with { Attempt = entry.Attempt + 1 };
    }

    /// <inheritdoc />
    public async Task<RetrospectiveDue?> RecordAskedAsync(RetrospectiveDue claim, ManagerRole role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var updated = await TryUpdateAsync(claim, new Dictionary<string, object?> { [RetrospectiveEntities.AskedColumn(role)] = true }, cancellationToken)
            .ConfigureAwait(false);
        return updated is null ? null : updated with { Asked = new HashSet<ManagerRole>(claim.Asked) { role } };
    }

    /// <inheritdoc />
    public async Task<bool> RetryLaterAsync(RetrospectiveDue claim, DateTimeOffset retryAt, string failure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var change = new Dictionary<string, object?> { [RetrospectiveEntities.NotBefore] = retryAt, [RetrospectiveEntities.LastFailure] = failure };
        return await TryUpdateAsync(claim, change, cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <inheritdoc />
    public async Task CompleteAsync(RetrospectiveDue claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var (etag, rowKey) = ClaimToken.Read(claim.Token);
        try
        {
            await table.DeleteEntityAsync(RetrospectiveKeys.Partition, rowKey, etag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException failure) when (failure.Status == 412)
        {
            // Taken over after this instance's lease ran out; the new holder finishes it.
            LogLostClaim(claim.Workspace, claim.ConflictId, claim.DecisionNumber);
        }
    }

    /// <summary>Merges <paramref name="change"/> into the entry if it is still the version <paramref name="entry"/> holds.</summary>
    private async Task<RetrospectiveDue?> TryUpdateAsync(RetrospectiveDue entry, Dictionary<string, object?> change, CancellationToken cancellationToken)
    {
        var (etag, rowKey) = ClaimToken.Read(entry.Token);
        var row = new TableEntity(RetrospectiveKeys.Partition, rowKey);
        foreach (var (column, value) in change)
        {
            row[column] = value;
        }

        try
        {
            var response = await table.UpdateEntityAsync(row, etag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return entry with { Token = ClaimToken.Write(response.Headers.ETag ?? ETag.All, rowKey) };
        }
        catch (RequestFailedException failure) when (failure.Status is 404 or 412)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retrospective of decision {DecisionNumber} of {ConflictId} in {Workspace} is held by another instance")]
    private partial void LogLostClaim(WorkspaceId workspace, ConflictId conflictId, int decisionNumber);
}
