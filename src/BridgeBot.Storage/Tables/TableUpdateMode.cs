namespace BridgeBot.Storage.Tables;

/// <summary>How an update or upsert treats the properties already stored on the entity.</summary>
public enum TableUpdateMode
{
    /// <summary>Keep stored properties the request does not mention (HTTP <c>MERGE</c>).</summary>
    Merge,

    /// <summary>Replace the stored entity with exactly the properties sent (HTTP <c>PUT</c>).</summary>
    Replace,
}
