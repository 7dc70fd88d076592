using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BridgeBot.Teams.Authentication;

/// <summary>Reads a bearer token without validating it, so its header and issuer can pick how it is validated.</summary>
public static class JsonWebTokens
{
    /// <summary>False when <paramref name="encoded"/> is not a JWT.</summary>
    public static bool TryRead(this JsonWebTokenHandler handler, string encoded, out JsonWebToken token)
    {
        ArgumentNullException.ThrowIfNull(handler);
        token = null!;
        if (!handler.CanReadToken(encoded))
        {
            return false;
        }

        try
        {
            token = handler.ReadJsonWebToken(encoded);
            return true;
        }
        catch (SecurityTokenMalformedException)
        {
            return false;
        }
    }
}
