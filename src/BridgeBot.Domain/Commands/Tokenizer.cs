using System.Text;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Commands;

/// <summary>
/// Splits command text into words, quoted texts and mentions. Understands straight and typographic
/// quotes (chat clients turn " into “ ”), Slack mentions (<c>&lt;@U123|ana&gt;</c>) and Teams mentions
/// (<c>&lt;at&gt;Ana&lt;/at&gt;</c>, resolved through the mention entities the activity carried), and
/// decodes the three entities both platforms escape (&amp;amp; &amp;lt; &amp;gt;).
/// </summary>
public static class Tokenizer
{
    private const string TeamsMentionOpen = "<at>";
    private const string TeamsMentionClose = "</at>";

    private static readonly Dictionary<char, char> Quotes = new()
    {
        ['"'] = '"',
        ['“'] = '”',
        ['”'] = '”',
        ['„'] = '“',
        ['«'] = '»',
    };

    /// <summary>Tokenizes <paramref name="text"/>; an unclosed quote or an unknown Teams mention is an error.</summary>
    /// <param name="text">The command text.</param>
    /// <param name="mentions">Teams mentions by their exact text (<c>&lt;at&gt;Ana&lt;/at&gt;</c>); empty for Slack.</param>
    /// <param name="error">What went wrong, when false is returned.</param>
    /// <param name="tokens">The tokens, when true is returned.</param>
    public static bool TryTokenize(
        string text,
        IReadOnlyDictionary<string, UserRef> mentions,
        out IReadOnlyList<Token> tokens,
        out string? error)
    {
        var list = new List<Token>();
        tokens = list;
        error = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (Quotes.TryGetValue(c, out var close))
            {
                var end = FindClose(text, i + 1, close);
                if (end < 0)
                {
                    error = $"A quote that starts at “{Excerpt(text, i)}” is never closed.";
                    return false;
                }

                list.Add(new Token(TokenKind.Quoted, Decode(text[(i + 1)..end]).Trim()));
                i = end + 1;
            }
            else if (StartsWith(text, i, "<@"))
            {
                var end = text.IndexOf('>', i);
                if (end < 0)
                {
                    error = "A mention is not closed with “>”.";
                    return false;
                }

                list.Add(SlackMention(text[(i + 2)..end]));
                i = end + 1;
            }
            else if (StartsWith(text, i, TeamsMentionOpen))
            {
                var end = text.IndexOf(TeamsMentionClose, i, StringComparison.OrdinalIgnoreCase);
                if (end < 0)
                {
                    error = "A mention is not closed.";
                    return false;
                }

                var whole = text[i..(end + TeamsMentionClose.Length)];
                if (!TryResolve(whole, mentions, out var user))
                {
                    error = $"I could not tell who {StripTags(whole)} is. Pick the person from the @mention list.";
                    return false;
                }

                list.Add(new Token(TokenKind.Mention, user.DisplayName, user));
                i = end + TeamsMentionClose.Length;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && !Quotes.ContainsKey(text[i])
                    && !StartsWith(text, i, "<@") && !StartsWith(text, i, TeamsMentionOpen))
                {
                    i++;
                }

                list.Add(new Token(TokenKind.Word, Decode(text[start..i])));
            }
        }

        return true;
    }

    private static Token SlackMention(string inner)
    {
        // <@U123> or <@U123|ana>: the id before the bar, the name after it.
        var bar = inner.IndexOf('|', StringComparison.Ordinal);
        var id = bar < 0 ? inner : inner[..bar];
        var name = bar < 0 ? null : Decode(inner[(bar + 1)..]);
        var user = new UserRef(id.Trim(), name);
        return new Token(TokenKind.Mention, user.DisplayName, user);
    }

    private static bool TryResolve(string whole, IReadOnlyDictionary<string, UserRef> mentions, out UserRef user)
    {
        if (mentions.TryGetValue(whole, out user!))
        {
            return true;
        }

        // Clients disagree on the form of the entity text ("<at>@Ana</at>" versus "<at>Ana</at>").
        var name = StripTags(whole).TrimStart('@');
        foreach (var (key, value) in mentions)
        {
            if (string.Equals(StripTags(key).TrimStart('@'), name, StringComparison.OrdinalIgnoreCase))
            {
                user = value;
                return true;
            }
        }

        return false;
    }

    private static string StripTags(string mention) =>
        mention.Replace(TeamsMentionOpen, string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace(TeamsMentionClose, string.Empty, StringComparison.OrdinalIgnoreCase).Trim();

    private static int FindClose(string text, int from, char close)
    {
        for (var i = from; i < text.Length; i++)
        {
            // Typographic quotes are often mismatched by autocorrect; any closing double quote ends the text.
            if (text[i] == close || text[i] is '"' or '”' or '“' or '»')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool StartsWith(string text, int index, string prefix) =>
        string.Compare(text, index, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static string Excerpt(string text, int index) =>
        text.Length - index > 20 ? string.Concat(text.AsSpan(index, 20), "…") : text[index..];

    private static string Decode(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        return new StringBuilder(text).Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\"").Replace("&amp;", "&").ToString();
    }
}
