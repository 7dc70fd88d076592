using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BridgeBot.Slack.Hosting;
using Microsoft.Extensions.Options;

namespace BridgeBot.Slack.Signing;

/// <summary>
/// Checks that a request comes from Slack: its signature over the raw body must match (compared in constant time)
/// and its timestamp must be within five minutes of the injected clock, either way, so a captured request cannot be
/// replayed later.
/// </summary>
public sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    /// <summary>How far a request's timestamp may be from now.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public SignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeaders;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.MalformedTimestamp;
        }

        var age = time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs(age) > Tolerance.TotalSeconds)
        {
            return SignatureCheck.Stale;
        }

        var expected = SlackSignature.Compute(options.Value.SigningSecret ?? string.Empty, timestamp, body);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature))
            ? SignatureCheck.Valid
            : SignatureCheck.Mismatch;
    }
}
