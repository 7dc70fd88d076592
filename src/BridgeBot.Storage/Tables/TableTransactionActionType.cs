namespace BridgeBot.Storage.Tables;

/// <summary>The operations an entity group transaction can hold.</summary>
public enum TableTransactionActionType
{
    /// <summary>Insert; fails with 409 if the row exists.</summary>
    Add,

    /// <summary>Replace under an ETag (or <see cref="Azure.ETag.All"/>); fails if missing or changed.</summary>
    UpdateReplace,

    /// <summary>Merge under an ETag (or <see cref="Azure.ETag.All"/>).</summary>
    UpdateMerge,

    /// <summary>Insert or replace.</summary>
    UpsertReplace,

    /// <summary>Insert or merge.</summary>
    UpsertMerge,

    /// <summary>Delete under an ETag (or <see cref="Azure.ETag.All"/>).</summary>
    Delete,
}
