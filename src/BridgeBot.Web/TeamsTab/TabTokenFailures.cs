using Microsoft.IdentityModel.Tokens;

namespace BridgeBot.Web.TeamsTab;

/// <summary>Says in plain words which rule an IdentityModel validation failure of a tab token broke.</summary>
internal static class TabTokenFailures
{
    // Most derived first: SecurityTokenSignatureKeyNotFoundException is a SecurityTokenInvalidSignatureException.
    public static string Describe(Exception? exception, string audience) => exception switch
    {
        SecurityTokenExpiredException => "The Teams sign-in token has expired. Reopen the tab.",
        SecurityTokenNotYetValidException => "The Teams sign-in token is not valid yet. Check the server's clock.",
        SecurityTokenInvalidAudienceException => $"The Teams sign-in token is for another app, not BridgeBot ({audience}).",
        SecurityTokenInvalidIssuerException => "The Teams sign-in token was not issued by Microsoft Entra ID for the tenant it names.",
        SecurityTokenSignatureKeyNotFoundException => "The Teams sign-in token is signed with a key Microsoft Entra ID does not publish.",
        SecurityTokenInvalidSignatureException => "The Teams sign-in token's signature does not verify.",
        _ => "The Teams sign-in token is not valid.",
    };
}
