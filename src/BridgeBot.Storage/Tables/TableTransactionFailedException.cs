using Azure;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// An entity group transaction was rejected; none of its actions took effect.
/// </summary>
/// <remarks>
/// <see cref="RequestFailedException.Status"/> and <see cref="RequestFailedException.ErrorCode"/> are those of the
/// failing action (e.g. 409 <c>EntityAlreadyExists</c>, 412 <c>UpdateConditionNotSatisfied</c>), not of the batch envelope.
/// </remarks>
public sealed class TableTransactionFailedException : RequestFailedException
{
    /// <summary>Wraps the failing action's error.</summary>
    /// <param name="failure">The error of the failing action.</param>
    /// <param name="failedTransactionActionIndex">The 0-based index of the failing action, when the service names it.</param>
    public TableTransactionFailedException(RequestFailedException failure, int? failedTransactionActionIndex)
        : base(
            (failure ?? throw new ArgumentNullException(nameof(failure))).Status,
            failure.Message,
            failure.ErrorCode,
            failure)
    {
        FailedTransactionActionIndex = failedTransactionActionIndex;
    }

    /// <summary>The 0-based index, in the submitted order, of the action that failed; null when the service did not say.</summary>
    public int? FailedTransactionActionIndex { get; }
}
