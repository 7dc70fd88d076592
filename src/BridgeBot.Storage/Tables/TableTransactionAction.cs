using Azure;

namespace BridgeBot.Storage.Tables;

/// <summary>One operation of an entity group transaction.</summary>
/// <param name="ActionType">What to do.</param>
/// <param name="Entity">The row (for a delete only its keys matter).</param>
/// <param name="ETag">The ETag an update or delete requires; <see cref="ETag.All"/> for any.</param>
public sealed record TableTransactionAction(TableTransactionActionType ActionType, TableEntity Entity, ETag ETag = default);
