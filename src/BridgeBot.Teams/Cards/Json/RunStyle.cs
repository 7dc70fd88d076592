namespace BridgeBot.Teams.Cards.Json;

/// <summary>How a text run looks; runs carry no markdown, so style is set here instead.</summary>
[Flags]
internal enum RunStyle
{
    /// <summary>Default text.</summary>
    Plain = 0,

    /// <summary>Bolder weight.</summary>
    Bold = 1 << 0,

    /// <summary>Subtle (dimmed).</summary>
    Subtle = 1 << 1,

    /// <summary>Monospace, for commands.</summary>
    Code = 1 << 2,

    /// <summary>Large, for the card's title.</summary>
    Large = 1 << 3,
}
