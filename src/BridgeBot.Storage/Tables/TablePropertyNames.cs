namespace BridgeBot.Storage.Tables;

/// <summary>Names the Table service gives special meaning in an entity's JSON.</summary>
internal static class TablePropertyNames
{
    public const string PartitionKey = "PartitionKey";
    public const string RowKey = "RowKey";
    public const string Timestamp = "Timestamp";
    public const string ODataETag = "odata.etag";
    public const string ODataPrefix = "odata.";
    public const string ODataTypeSuffix = "@odata.type";
}
