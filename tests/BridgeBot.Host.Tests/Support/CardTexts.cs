using System.Text.Json.Nodes;

namespace BridgeBot.Host.Tests.Support;

/// <summary>Every <c>text</c> of a card, one a line, for asserting what a person reads.</summary>
internal static class CardTexts
{
    public static string Of(JsonNode node) => string.Join("\n", node switch
    {
        JsonObject obj => obj.Select(p => p.Key is "text" && p.Value is JsonValue value ? value.ToString() : p.Value is null ? string.Empty : Of(p.Value)),
        JsonArray array => array.Select(item => item is null ? string.Empty : Of(item)),
        _ => [],
    });
}
