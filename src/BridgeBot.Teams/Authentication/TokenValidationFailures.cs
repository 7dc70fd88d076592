using Microsoft.IdentityModel.Tokens;

namespace BridgeBot.Teams.Authentication;

/// <summary>Names the rule an IdentityModel validation failure broke.</summary>
internal static class TokenValidationFailures
{
    // Most derived first: SecurityTokenSignatureKeyNotFoundException is a SecurityTokenInvalidSignatureException.
    public static BotAuthenticationFailure Classify(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => BotAuthenticationFailure.Expired,
        SecurityTokenNotYetValidException => BotAuthenticationFailure.NotYetValid,
        SecurityTokenInvalidAudienceException => BotAuthenticationFailure.InvalidAudience,
        SecurityTokenInvalidIssuerException => BotAuthenticationFailure.UntrustedIssuer,
        SecurityTokenSignatureKeyNotFoundException => BotAuthenticationFailure.UnknownSigningKey,
        SecurityTokenInvalidSignatureException => BotAuthenticationFailure.InvalidSignature,
        _ => BotAuthenticationFailure.InvalidToken,
    };
}
