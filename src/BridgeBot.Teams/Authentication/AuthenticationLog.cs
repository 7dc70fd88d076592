using Microsoft.Extensions.Logging;

namespace BridgeBot.Teams.Authentication;

internal static partial class AuthenticationLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Framework request rejected: {Failure}. {Reason}")]
    public static partial void Rejected(ILogger logger, BotAuthenticationFailure failure, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AppContext switch {Switch} is off: a token signed with a newly rotated key is rejected until IdentityModel's background refresh has fetched it")]
    public static partial void BackgroundKeyRefresh(ILogger logger, string @switch);
}
