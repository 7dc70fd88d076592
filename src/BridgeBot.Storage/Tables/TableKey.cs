using System.Buffers;
using System.Globalization;
using System.Text;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// Reversible escaping that makes any string a safe PartitionKey or RowKey.
/// </summary>
/// <remarks>
/// The service forbids <c>/ \ # ?</c> and the control characters U+0000–U+001F and U+007F–U+009F in keys, and
/// <c>% + '</c> break URL addressing and filters. Each of those, and the escape character <c>~</c> itself, becomes
/// <c>~</c> followed by two uppercase hex digits (all of them are below U+0100). Every other character, including
/// non-ASCII text, passes through unchanged, so typical ids stay readable. Escaping changes the sort order only
/// around the escaped characters.
/// </remarks>
public static class TableKey
{
    private const char Escape = '~';

    /// <summary>A day as keys and columns write it (<c>yyyy-MM-dd</c>, which sorts by date).</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A fixed-length key part for text of any length and characters: the first 16 bytes of its SHA-256, in hex.</summary>
    public static string Hash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));

    private static readonly SearchValues<char> Escaped = SearchValues.Create(EscapedCharacters());

    /// <summary>Escapes the characters keys may not hold.</summary>
    /// <param name="value">Any string, e.g. a Slack or Teams user id.</param>
    /// <returns>A string safe as a PartitionKey or RowKey, which <see cref="Decode"/> turns back into <paramref name="value"/>.</returns>
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.AsSpan().ContainsAny(Escaped))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        foreach (var character in value)
        {
            if (MustEscape(character))
            {
                builder.Append(Escape).Append(((int)character).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    /// <summary>Reverses <see cref="Encode"/>.</summary>
    /// <param name="key">A key produced by <see cref="Encode"/>.</param>
    /// <returns>The original string.</returns>
    /// <exception cref="FormatException">The key has an escape character not followed by two hex digits.</exception>
    public static string Decode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!key.Contains(Escape, StringComparison.Ordinal))
        {
            return key;
        }

        var builder = new StringBuilder(key.Length);
        for (var index = 0; index < key.Length; index++)
        {
            if (key[index] != Escape)
            {
                builder.Append(key[index]);
                continue;
            }

            if (index + 2 >= key.Length
                || !byte.TryParse(key.AsSpan(index + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                throw new FormatException($"'{key}' is not an encoded table key: '{Escape}' at {index} is not followed by two hex digits.");
            }

            builder.Append((char)code);
            index += 2;
        }

        return builder.ToString();
    }

    private static bool MustEscape(char character) => Escaped.Contains(character);

    private static string EscapedCharacters()
    {
        var characters = new StringBuilder("/\\#?%+'~");
        for (var code = 0x00; code <= 0x1F; code++)
        {
            characters.Append((char)code);
        }

        for (var code = 0x7F; code <= 0x9F; code++)
        {
            characters.Append((char)code);
        }

        return characters.ToString();
    }
}
