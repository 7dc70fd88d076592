using System.Security.Claims;

namespace BridgeBot.Teams.Authentication;

/// <summary>The outcome of checking one inbound request; a bad token is a result, never an exception.</summary>
public sealed class BotAuthenticationResult
{
    private BotAuthenticationResult(ClaimsIdentity? identity, bool isAnonymous, BotAuthenticationFailure? failure, string? failureReason)
    {
        Identity = identity;
        IsAnonymous = isAnonymous;
        Failure = failure;
        FailureReason = failureReason;
    }

    /// <summary>The request may be processed: its token is valid, or it has none while authentication is off.</summary>
    public bool IsAuthenticated => Failure is null;

    /// <summary>Accepted without a token because no app id is configured (local development).</summary>
    public bool IsAnonymous { get; }

    /// <summary>The validated token's claims; an empty, unauthenticated identity when anonymous.</summary>
    public ClaimsIdentity? Identity { get; }

    public BotAuthenticationFailure? Failure { get; }

    public string? FailureReason { get; }

    internal static BotAuthenticationResult Success(ClaimsIdentity identity) => new(identity, false, null, null);

    internal static BotAuthenticationResult Anonymous() => new(new ClaimsIdentity(), true, null, null);

    internal static BotAuthenticationResult Fail(BotAuthenticationFailure failure, string reason) => new(null, false, failure, reason);
}
