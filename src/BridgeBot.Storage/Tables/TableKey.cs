using System.Globalization;
using System.Text;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// Reversible escaping of text used in a PartitionKey or RowKey. The table service forbids
/// <c>/ \ # ?</c> and control characters in keys, and <c>% + '</c> break URL addressing and filters;
/// each of those (and the escape character <c>~</c> itself) becomes <c>~XX</c> with its hex code.
/// </summary>
public static class TableKey
{
    private const char Escape = '~';

    /// <summary>Escapes <paramref name="value"/> for use in a key.</summary>
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(NeedsEscape))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (NeedsEscape(c))
            {
                builder.Append(Escape).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Reverses <see cref="Encode"/>.</summary>
    public static string Decode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!key.Contains(Escape, StringComparison.Ordinal))
        {
            return key;
        }

        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == Escape && i + 2 < key.Length && int.TryParse(key.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 2;
            }
            else
            {
                builder.Append(key[i]);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        c is '/' or '\\' or '#' or '?' or '%' or '+' or '\'' or Escape || c <= '\u001F' || c is >= '\u007F' and <= '\u009F';
}
