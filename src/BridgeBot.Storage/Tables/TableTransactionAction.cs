using Azure;

namespace BridgeBot.Storage.Tables;

/// <summary>One write inside an entity group transaction (see <see cref="TableClient.SubmitTransactionAsync"/>).</summary>
public sealed class TableTransactionAction
{
    /// <summary>Creates an action.</summary>
    /// <param name="actionType">What the action does.</param>
    /// <param name="entity">The entity written; for <see cref="TableTransactionActionType.Delete"/> only its keys are used.</param>
    /// <param name="etag">
    /// The If-Match condition for updates and deletes; <c>default</c> means unconditional (<see cref="ETag.All"/>).
    /// Ignored by adds and upserts.
    /// </param>
    public TableTransactionAction(TableTransactionActionType actionType, TableEntity entity, ETag etag = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ActionType = actionType;
        Entity = entity;
        ETag = etag;
    }

    /// <summary>What the action does.</summary>
    public TableTransactionActionType ActionType { get; }

    /// <summary>The entity the action writes or deletes.</summary>
    public TableEntity Entity { get; }

    /// <summary>The If-Match condition for updates and deletes; <c>default</c> means unconditional.</summary>
    public ETag ETag { get; }
}
