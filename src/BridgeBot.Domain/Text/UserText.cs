using System.Text;

namespace BridgeBot.Domain.Text;

/// <summary>
/// Normalises text a person typed before the domain keeps it: control characters other than line
/// breaks and tabs are dropped, broken surrogate pairs become U+FFFD, and the ends are trimmed.
/// Escaping for a particular surface (mrkdwn, Adaptive Card markdown, CSV) happens in the renderer.
/// </summary>
public static class UserText
{
    /// <summary>The cleaned text; empty for null.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (c == '\r')
            {
                // A CRLF or a lone CR becomes one line feed.
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    builder.Append('\n');
                }
            }
            else if (c is '\n' or '\t' || !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>Cleaned and folded onto one line, for names and list items.</summary>
    public static string CleanLine(string? text)
    {
        var cleaned = Clean(text);
        if (cleaned.Length == 0)
        {
            return cleaned;
        }

        var builder = new StringBuilder(cleaned.Length);
        var pendingSpace = false;
        foreach (var c in cleaned)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && builder.Length > 0)
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Splits a list typed as one text ("SSO, audit export; billing") into clean items.</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        Clean(text)
            .Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(CleanLine)
            .Where(item => item.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
}
