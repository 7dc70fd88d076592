using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Commands;

/// <summary>One token of a command.</summary>
/// <param name="Kind">Word, quoted text or mention.</param>
/// <param name="Text">The text (for a mention, the person's display name).</param>
/// <param name="User">The person, for a mention.</param>
public sealed record Token(TokenKind Kind, string Text, UserRef? User = null)
{
    /// <summary>Whether this is the bare word <paramref name="keyword"/> (case-insensitive).</summary>
    public bool Is(string keyword) => Kind == TokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this is one of the bare words <paramref name="keywords"/>.</summary>
    public bool IsAny(IEnumerable<string> keywords) => keywords.Any(Is);
}
