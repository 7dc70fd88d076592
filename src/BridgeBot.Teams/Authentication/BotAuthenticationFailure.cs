namespace BridgeBot.Teams.Authentication;

/// <summary>Why an inbound request was refused.</summary>
public enum BotAuthenticationFailure
{
    MissingToken,
    InvalidScheme,
    MalformedToken,
    UntrustedIssuer,
    Expired,
    NotYetValid,
    InvalidAudience,
    UnknownSigningKey,
    InvalidSignature,
    DisallowedAlgorithm,
    ChannelNotEndorsed,
    ServiceUrlMismatch,
    AppIdMismatch,
    InvalidToken,
}
