namespace BridgeBot.Teams.Cards;

/// <summary>
/// Keys BridgeBot puts into an action's <c>data</c> next to the inputs the client merges in. They say which
/// conflict, and which state of it, the card was drawn from, so a click on an outdated card is recognisable.
/// </summary>
public static class CardDataKeys
{
    /// <summary>The conflict, as typed (<c>R-42</c>).</summary>
    public const string ConflictId = "conflictId";

    /// <summary>The version of the conflict view the card was drawn from.</summary>
    public const string Version = "version";

    /// <summary>The proposal number an approve or reject button refers to.</summary>
    public const string Proposal = "proposal";
}
