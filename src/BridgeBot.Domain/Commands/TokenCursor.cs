using System.Globalization;
using BridgeBot.Domain.Conflicts;

namespace BridgeBot.Domain.Commands;

/// <summary>Reads tokens left to right for the command parser.</summary>
internal sealed class TokenCursor(IReadOnlyList<Token> tokens)
{
    public static readonly string[] BecauseWords = ["because", "since", "why", "reason"];

    private int position;

    public bool AtEnd => position >= tokens.Count;

    public Token? Peek => AtEnd ? null : tokens[position];

    public Token Next() => tokens[position++];

    public bool TakeIf(params string[] keywords)
    {
        if (Peek is { } token && token.IsAny(keywords))
        {
            position++;
            return true;
        }

        return false;
    }

    /// <summary>The tokens up to (not including) the next of <paramref name="stopWords"/>, or to the end.</summary>
    public IReadOnlyList<Token> TakeUntil(IReadOnlyCollection<string> stopWords)
    {
        var taken = new List<Token>();
        while (Peek is { } token && !token.IsAny(stopWords))
        {
            taken.Add(Next());
        }

        return taken;
    }

    /// <summary>The rest of the command as text.</summary>
    public string Rest() => Join(TakeUntil([]));

    public static string Join(IEnumerable<Token> tokens) => string.Join(' ', tokens.Select(token => token.Text));

    public static bool TryDate(Token? token, out DateOnly date)
    {
        date = default;
        return token is { Kind: TokenKind.Word or TokenKind.Quoted }
            && DateOnly.TryParseExact(token.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    public static bool TryConflictId(Token? token, out ConflictId id)
    {
        id = default;
        return token is { Kind: TokenKind.Word } && ConflictId.TryParse(token.Text, out id);
    }

    /// <summary>An optional "#3" or "proposal 3".</summary>
    public int? TakeProposalNumber()
    {
        if (Peek is { Kind: TokenKind.Word } token && token.Text.StartsWith('#')
            && int.TryParse(token.Text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var hashed))
        {
            position++;
            return hashed;
        }

        if (Peek?.Is("proposal") == true && position + 1 < tokens.Count
            && int.TryParse(tokens[position + 1].Text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var worded))
        {
            position += 2;
            return worded;
        }

        return null;
    }

    /// <summary>The text after "because" (or its synonyms); null when there is none.</summary>
    public string? TakeBecause()
    {
        if (!TakeIf(BecauseWords))
        {
            return null;
        }

        TakeIf(":");
        var rest = Rest();
        return rest.Length == 0 ? null : rest;
    }
}
