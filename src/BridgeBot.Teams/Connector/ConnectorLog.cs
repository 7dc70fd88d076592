using System.Net;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Teams.Connector;

internal static partial class ConnectorLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Operation} to {ConversationId} failed with {Status}, X-Correlating-OperationId {CorrelationId}, error {ErrorCode}")]
    public static partial void Failed(ILogger logger, string operation, string conversationId, HttpStatusCode status, string? correlationId, string? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Operation} to {ConversationId} failed to reach the service")]
    public static partial void Unreachable(ILogger logger, Exception exception, string operation, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Operation} to {ConversationId} retrying in {Delay} after attempt {Attempt} ({Outcome})")]
    public static partial void Retrying(ILogger logger, string operation, string conversationId, TimeSpan delay, int attempt, string outcome);
}
