using System.Text.Json;

namespace BridgeBot.Teams.Protocol;

/// <summary>The <c>Action.Execute</c> that was clicked, with the card's inputs merged into <see cref="Data"/>.</summary>
public sealed class AdaptiveCardInvokeAction
{
    public const string ExecuteType = "Action.Execute";

    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Verb { get; set; }

    public string? Title { get; set; }

    public JsonElement? Data { get; set; }
}
