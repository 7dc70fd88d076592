using System.Security.Cryptography;
using System.Text;

namespace BridgeBot.Slack.Signing;

/// <summary>Slack's v0 request signature: <c>v0=</c> + lowercase hex HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c>.</summary>
public static class SlackSignature
{
    public const string Version = "v0";

    /// <summary>The signature Slack sends for <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    /// <param name="signingSecret">The signing secret, as text (its UTF-8 bytes are the key; it is not base64).</param>
    /// <param name="timestamp">The <c>X-Slack-Request-Timestamp</c> header, as sent.</param>
    /// <param name="body">The raw request body.</param>
    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(signingSecret);
        ArgumentNullException.ThrowIfNull(timestamp);
        var prefix = Encoding.UTF8.GetBytes(Version + ":" + timestamp + ":");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message);
        return Version + "=" + Convert.ToHexStringLower(hash);
    }
}
