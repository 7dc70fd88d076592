using System.Net;

namespace BridgeBot.Teams.Connector;

/// <summary>The Bot Connector refused a call. <see cref="CorrelationId"/> is what Microsoft support asks for.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(string operation, HttpStatusCode status, string? correlationId, string? errorCode, string? errorMessage)
        : base($"Connector {operation} failed with {(int)status} {status}{(errorCode is null ? string.Empty : $" ({errorCode}: {errorMessage})")}; X-Correlating-OperationId '{correlationId}'.")
    {
        Operation = operation;
        Status = status;
        CorrelationId = correlationId;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
    }

    public string Operation { get; }

    public HttpStatusCode Status { get; }

    /// <summary>The <c>X-Correlating-OperationId</c> response header.</summary>
    public string? CorrelationId { get; }

    /// <summary>The connector's <c>error.code</c>, e.g. <c>BadArgument</c> or <c>MessageSizeTooBig</c>.</summary>
    public string? ErrorCode { get; }

    public string? ErrorMessage { get; }
}
