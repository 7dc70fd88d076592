using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BridgeBot.Slack.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace BridgeBot.Slack.Installations;

/// <summary>
/// The OAuth <c>state</c>: <c>{nonce}.{issued}.{mac}</c>, an HMAC-SHA256 (keyed from the client secret) over a random
/// nonce and the time it was issued. A callback is accepted only with a state BridgeBot signed, at most ten minutes
/// old, whose nonce matches the cookie set on the browser that started the install — so nobody can forge an install
/// link, replay an old one, or finish an install someone else started.
/// </summary>
public sealed class OAuthState(IOptions<SlackOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>A new state and the nonce to keep in the installer's cookie.</summary>
    public (string State, string Nonce) Create()
    {
        var nonce = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));
        var issued = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return ($"{nonce}.{issued}.{Mac(nonce, issued)}", nonce);
    }

    /// <summary>Whether <paramref name="state"/> is BridgeBot's, fresh, and belongs to the browser holding <paramref name="cookieNonce"/>.</summary>
    public bool IsValid(string? state, string? cookieNonce)
    {
        var parts = state?.Split('.') ?? [];
        if (parts.Length != 3 || string.IsNullOrEmpty(cookieNonce)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var issued))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Mac(parts[0], parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2]))
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[0]), Encoding.ASCII.GetBytes(cookieNonce)))
        {
            return false;
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(issued);
        return age <= Lifetime && age >= -TimeSpan.FromMinutes(1);
    }

    private string Mac(string nonce, string issued)
    {
        // A key of its own, derived from the client secret, so the secret itself signs nothing a browser sees.
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.ClientSecret ?? string.Empty), "bridgebot/slack/oauth-state"u8);
        return WebEncoders.Base64UrlEncode(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(nonce + "." + issued)));
    }
}
