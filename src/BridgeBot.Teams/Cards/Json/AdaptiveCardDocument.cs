using System.Text.Json.Nodes;

namespace BridgeBot.Teams.Cards.Json;

/// <summary>The outer object of a card: schema, version 1.5 (the highest Teams renders), body and actions.</summary>
internal static class AdaptiveCardDocument
{
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";

    public const string Version = "1.5";

    /// <summary>A card; <paramref name="fullWidth"/> asks Teams for the whole message width (side-by-side columns need it).</summary>
    public static JsonObject Create(
        IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null, JsonObject? refresh = null, bool fullWidth = false)
    {
        var card = new JsonObject { ["$schema"] = Schema, ["type"] = "AdaptiveCard", ["version"] = Version };
        if (refresh is not null)
        {
            card["refresh"] = refresh;
        }

        if (fullWidth)
        {
            card["msteams"] = new JsonObject { ["width"] = "Full" };
        }

        card["body"] = AdaptiveElements.Array(body);
        var list = actions?.ToArray() ?? [];
        if (list.Length > 0)
        {
            card["actions"] = AdaptiveElements.Array(list);
        }

        return card;
    }
}
