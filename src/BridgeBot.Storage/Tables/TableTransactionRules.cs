namespace BridgeBot.Storage.Tables;

/// <summary>
/// The entity group transaction rules checked before sending, so a caller's mistake is an
/// <see cref="ArgumentException"/> with a reason rather than a 400 from the service.
/// </summary>
internal static class TableTransactionRules
{
    public const int MaxActions = 100;

    public static List<TableTransactionAction> Validate(IEnumerable<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var batch = actions.ToList();
        if (batch.Count is 0 or > MaxActions)
        {
            throw new ArgumentException(
                $"A transaction holds 1 to {MaxActions} actions; this one has {batch.Count}.", nameof(actions));
        }

        var partitionKey = batch[0].Entity.PartitionKey;
        if (batch.Any(action => action.Entity.PartitionKey != partitionKey))
        {
            throw new ArgumentException(
                $"All actions of a transaction must be in one partition; the first is in '{partitionKey}'.", nameof(actions));
        }

        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in batch)
        {
            action.Entity.ThrowIfKeysMissing(nameof(actions));
            if (!rowKeys.Add(action.Entity.RowKey))
            {
                throw new ArgumentException(
                    $"A transaction may touch each entity once; RowKey '{action.Entity.RowKey}' appears twice.", nameof(actions));
            }
        }

        return batch;
    }
}
