using Azure;

namespace BridgeBot.Storage.Tables;

/// <summary>An entity group transaction failed and nothing of it was written.</summary>
public sealed class TableTransactionFailedException : RequestFailedException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="status">The failing operation's HTTP status.</param>
    /// <param name="errorCode">The service's error code (e.g. <c>EntityAlreadyExists</c>).</param>
    /// <param name="message">The service's message.</param>
    /// <param name="failedTransactionActionIndex">The 0-based index of the failing operation, when the service says.</param>
    public TableTransactionFailedException(int status, string? errorCode, string message, int? failedTransactionActionIndex)
        : base(status, message, errorCode, null)
    {
        FailedTransactionActionIndex = failedTransactionActionIndex;
    }

    /// <summary>The 0-based index of the operation that failed, when the service reported it.</summary>
    public int? FailedTransactionActionIndex { get; }
}
