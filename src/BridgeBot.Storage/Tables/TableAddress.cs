namespace BridgeBot.Storage.Tables;

/// <summary>URLs of a table and of its entities, with keys quoted and percent-encoded.</summary>
internal static class TableAddress
{
    public static Uri Table(Uri endpoint, string tableName) => new(endpoint, Uri.EscapeDataString(tableName));

    public static Uri Query(Uri endpoint, string tableName) => new(endpoint, Uri.EscapeDataString(tableName) + "()");

    public static Uri Entity(Uri tableUri, string partitionKey, string rowKey) =>
        new(tableUri.AbsoluteUri + "(PartitionKey='" + Key(partitionKey) + "',RowKey='" + Key(rowKey) + "')");

    // Quotes double inside the OData key literal; then the whole literal is percent-encoded for the path.
    private static string Key(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));
}
