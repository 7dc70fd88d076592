using Microsoft.IdentityModel.Tokens;

namespace BridgeBot.Teams.Authentication;

/// <summary>
/// What every inbound token BridgeBot accepts must satisfy, whoever issued it: a signature by an allowed algorithm
/// with a key from the issuer's metadata, an expiry, and a lifetime checked with five minutes of clock skew. Callers
/// add the issuer and audience rules.
/// </summary>
public static class SignedTokenParameters
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static TokenValidationParameters Create(BaseConfigurationManager metadata, IEnumerable<string> algorithms) => new()
    {
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = ClockSkew,
        ValidAlgorithms = algorithms,
        TryAllIssuerSigningKeys = false,

        // With a configuration manager IdentityModel takes the keys from the metadata and, on an unknown
        // key id or a bad signature, requests a refresh and validates once more.
        ConfigurationManager = metadata,
    };
}
