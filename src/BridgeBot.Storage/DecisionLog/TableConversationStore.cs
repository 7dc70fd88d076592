using Azure;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.Hosting;
using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.DecisionLog;

/// <summary>
/// Conversation and card addresses in the workspace's partition (see <see cref="RowKeys"/>): plain upserts, and one
/// insert-once claim per card post so that a request delivered twice posts its card once.
/// </summary>
public sealed class TableConversationStore(TableClient table, TableProvisioner provisioner, TimeProvider time) : IConversationStore
{
    /// <inheritdoc />
    public async Task SaveConversationAsync(WorkspaceId workspace, ConversationAddress address, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(RowKeys.Partition(workspace), RowKeys.Conversation(address.Key))
        {
            ["Key"] = address.Key,
            ["Payload"] = address.Payload,
            ["SavedAt"] = time.GetUtcNow(),
        };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ConversationAddress?> FindConversationAsync(WorkspaceId workspace, string key, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync(RowKeys.Partition(workspace), RowKeys.Conversation(key), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return found.HasValue ? new ConversationAddress(found.Value!.GetString("Key")!, found.Value.GetString("Payload")!) : null;
    }

    /// <inheritdoc />
    public async Task SaveCardAsync(WorkspaceId workspace, ConflictId id, CardAddress card, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(RowKeys.Partition(workspace), RowKeys.Card(id, card.ConversationKey, card.MessageId))
        {
            ["ConversationKey"] = card.ConversationKey,
            ["MessageId"] = card.MessageId,
            ["ViewerId"] = card.ViewerId,
            ["SavedAt"] = time.GetUtcNow(),
        };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RemoveCardAsync(WorkspaceId workspace, ConflictId id, CardAddress card, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await table.DeleteEntityAsync(RowKeys.Partition(workspace), RowKeys.Card(id, card.ConversationKey, card.MessageId), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> TryClaimCardPostAsync(
        WorkspaceId workspace, ConflictId id, string conversationKey, TimeSpan staleAfter, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var claimant = Guid.NewGuid().ToString("N");
        var now = time.GetUtcNow();
        var row = new TableEntity(RowKeys.Partition(workspace), RowKeys.CardPost(id, conversationKey)) { ["Claimant"] = claimant, ["ClaimedAt"] = now };
        try
        {
            await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException taken) when (taken.Status == 409)
        {
            var found = await table.GetEntityIfExistsAsync(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!found.HasValue)
            {
                return false; // released at this moment by a claimant whose post failed; its redelivery will try again
            }

            var current = found.Value!;
            if (current.GetString("Claimant") == claimant)
            {
                return true; // our own insert, answered 409 on a retry after its first answer was lost
            }

            if (current.GetDateTimeOffset("ClaimedAt") is { } claimedAt && now - claimedAt < staleAfter)
            {
                return false;
            }

            try
            {
                await table.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException lost) when (lost.Status is 404 or 412)
            {
                return false;
            }
        }
    }

    /// <inheritdoc />
    public async Task ReleaseCardPostAsync(WorkspaceId workspace, ConflictId id, string conversationKey, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await table.DeleteEntityAsync(RowKeys.Partition(workspace), RowKeys.CardPost(id, conversationKey), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CardAddress>> ListCardsAsync(WorkspaceId workspace, ConflictId id, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var prefix = RowKeys.CardPrefix(id);
        var filter = TableOdataFilter.Create($"PartitionKey eq {RowKeys.Partition(workspace)} and RowKey ge {prefix} and RowKey lt {RowKeys.After(prefix)}");
        var cards = new List<CardAddress>();
        await foreach (var row in table.QueryAsync(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            cards.Add(new CardAddress(row.GetString("ConversationKey")!, row.GetString("MessageId")!, row.GetString("ViewerId")));
        }

        return cards;
    }
}
