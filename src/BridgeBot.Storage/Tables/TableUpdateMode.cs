namespace BridgeBot.Storage.Tables;

/// <summary>How an update treats properties the new entity does not carry.</summary>
public enum TableUpdateMode
{
    /// <summary>Keep them (MERGE).</summary>
    Merge,

    /// <summary>Drop them (PUT).</summary>
    Replace,
}
