namespace BridgeBot.Storage.Tables;

/// <summary>The kind of write one action of an entity group transaction performs.</summary>
public enum TableTransactionActionType
{
    /// <summary>Insert; the transaction fails if the entity already exists.</summary>
    Add,

    /// <summary>Merge into an existing entity, guarded by the action's ETag.</summary>
    UpdateMerge,

    /// <summary>Replace an existing entity, guarded by the action's ETag.</summary>
    UpdateReplace,

    /// <summary>Delete an existing entity, guarded by the action's ETag.</summary>
    Delete,

    /// <summary>Insert, or merge into the entity if it exists.</summary>
    UpsertMerge,

    /// <summary>Insert, or replace the entity if it exists.</summary>
    UpsertReplace,
}
