using System.Security.Claims;

namespace BridgeBot.Teams.Authentication;

/// <summary>
/// The Bot Framework's rules on a token IdentityModel has already validated: who the calling app is
/// (Entra tokens) and which service URL the token was issued for.
/// </summary>
internal static class BotFrameworkClaims
{
    public static BotAuthenticationResult Check(ClaimsIdentity identity, bool isBotConnector, string? botAppId, string? serviceUrl)
    {
        if (!isBotConnector)
        {
            // Entra tokens name the calling app in appid (v1) or azp (v2): it must be this bot itself.
            var version = identity.FindFirst(BotClaimTypes.Version)?.Value;
            var appId = version switch
            {
                null or "" or "1.0" => identity.FindFirst(BotClaimTypes.AppId)?.Value,
                "2.0" => identity.FindFirst(BotClaimTypes.AuthorizedParty)?.Value,
                _ => null,
            };
            if (string.IsNullOrEmpty(appId) || !string.Equals(appId, botAppId, StringComparison.OrdinalIgnoreCase))
            {
                return BotAuthenticationResult.Fail(BotAuthenticationFailure.AppIdMismatch, $"The token's app id claim (ver '{version}') is not this bot's app id.");
            }
        }

        // Channel tokens always carry serviceurl; an Entra token is checked when it carries one.
        var serviceUrlClaim = identity.FindFirst(BotClaimTypes.ServiceUrl)?.Value;
        if (!string.IsNullOrEmpty(serviceUrl) && (isBotConnector || serviceUrlClaim is not null)
            && !string.Equals(serviceUrlClaim, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Fail(BotAuthenticationFailure.ServiceUrlMismatch, "The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        return BotAuthenticationResult.Success(identity);
    }
}
