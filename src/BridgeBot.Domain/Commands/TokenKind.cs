namespace BridgeBot.Domain.Commands;

/// <summary>The kinds of token in a command.</summary>
public enum TokenKind
{
    /// <summary>A bare word.</summary>
    Word,

    /// <summary>Text in quotes; may contain spaces.</summary>
    Quoted,

    /// <summary>A user mention in either platform's format.</summary>
    Mention,
}
