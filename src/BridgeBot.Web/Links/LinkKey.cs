using System.Security.Cryptography;

namespace BridgeBot.Web.Links;

/// <summary>The HMAC key of decision-log links.</summary>
internal static class LinkKey
{
    private const int MinimumBytes = 32;

    /// <summary>The key in <paramref name="base64"/>, or null when it is not base64 of at least 32 bytes.</summary>
    public static byte[]? Parse(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written >= MinimumBytes
            ? buffer[..written]
            : null;
    }

    /// <summary>A key for this process only (a local run without <c>Web:LinkSecret</c>).</summary>
    public static byte[] Ephemeral() => RandomNumberGenerator.GetBytes(MinimumBytes);
}
