using BridgeBot.Domain.Conflicts;

namespace BridgeBot.Teams.Cards;

/// <summary>Teams-only presentation; the wording both renderers share is <see cref="Domain.Text.DisplayText"/>.</summary>
internal static class CardFormat
{
    /// <summary>The container style that colours a state's badge.</summary>
    public static string StateStyle(ConflictState state) => state switch
    {
        ConflictState.Decided => "good",
        ConflictState.Escalated => "attention",
        ConflictState.Proposed or ConflictState.Reopened => "warning",
        ConflictState.Withdrawn => "emphasis",
        _ => "accent",
    };
}
