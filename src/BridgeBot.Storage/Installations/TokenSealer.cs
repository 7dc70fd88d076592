using System.Security.Cryptography;
using System.Text;

namespace BridgeBot.Storage.Installations;

/// <summary>
/// Seals the secrets BridgeBot stores (a workspace's bot token) with AES-256-GCM under <c>Storage:SecretsKey</c>, bound
/// to the row they belong to: a sealed value copied to another workspace's row does not open. Without a key (a local
/// run) values are stored as given; a value stored that way is still read after a key is set, and sealed on its next save.
/// </summary>
public sealed class TokenSealer
{
    private const string Prefix = "sealed.v1:";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly byte[]? key;

    /// <param name="base64Key">32 bytes, base64; null or empty stores values as given.</param>
    public TokenSealer(string? base64Key)
    {
        key = string.IsNullOrWhiteSpace(base64Key) ? null : Parse(base64Key) ?? throw new FormatException("Storage:SecretsKey must be 32 bytes, base64.");
    }

    /// <summary>Whether <paramref name="base64Key"/> is a usable key (32 bytes, base64).</summary>
    public static bool IsValidKey(string base64Key) => Parse(base64Key) is not null;

    /// <summary>The value to store for <paramref name="secret"/> in the row <paramref name="context"/> names.</summary>
    public string Seal(string secret, string context)
    {
        if (key is null)
        {
            return secret;
        }

        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes, plain.Length), sealedBytes.AsSpan(NonceBytes + plain.Length), Encoding.UTF8.GetBytes(context));
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The secret stored as <paramref name="stored"/> in the row <paramref name="context"/> names; null when it does not open.</summary>
    public string? Open(string stored, string context)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return stored; // stored before a key was set
        }

        if (key is null)
        {
            return null; // sealed, and this instance has no key
        }

        try
        {
            var sealedBytes = Convert.FromBase64String(stored[Prefix.Length..]);
            if (sealedBytes.Length < NonceBytes + TagBytes)
            {
                return null;
            }

            var length = sealedBytes.Length - NonceBytes - TagBytes;
            var plain = new byte[length];
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(
                sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes, length), sealedBytes.AsSpan(NonceBytes + length), plain, Encoding.UTF8.GetBytes(context));
            return Encoding.UTF8.GetString(plain);
        }
        catch (Exception failure) when (failure is FormatException or CryptographicException)
        {
            return null; // altered, moved to another row, or sealed under another key
        }
    }

    private static byte[]? Parse(string base64Key)
    {
        try
        {
            var bytes = Convert.FromBase64String(base64Key.Trim());
            return bytes.Length == 32 ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
