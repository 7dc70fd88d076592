namespace BridgeBot.Teams.Authentication;

/// <summary>Claim names as they stand in Bot Framework and Entra tokens (IdentityModel does not map them).</summary>
internal static class BotClaimTypes
{
    public const string ServiceUrl = "serviceurl";
    public const string Version = "ver";
    public const string AppId = "appid";
    public const string AuthorizedParty = "azp";
}
