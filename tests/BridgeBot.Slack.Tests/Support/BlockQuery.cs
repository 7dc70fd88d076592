using System.Text.Json.Nodes;

namespace BridgeBot.Slack.Tests.Support;

/// <summary>Walks rendered Block Kit JSON for assertions.</summary>
internal static class BlockQuery
{
    /// <summary>Every text object (plain_text and mrkdwn) anywhere in <paramref name="node"/>.</summary>
    public static IEnumerable<JsonObject> TextObjects(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() is "mrkdwn" or "plain_text" && obj["text"] is JsonValue => [obj],
        JsonObject obj => obj.SelectMany(pair => TextObjects(pair.Value)),
        JsonArray array => array.SelectMany(TextObjects),
        _ => [],
    };

    public static IEnumerable<string> Mrkdwn(JsonNode? node) =>
        TextObjects(node).Where(text => text["type"]!.GetValue<string>() == "mrkdwn").Select(text => text["text"]!.GetValue<string>());

    /// <summary>All text shown, joined, for "contains" assertions.</summary>
    public static string AllText(JsonNode? node) => string.Join("\n", TextObjects(node).Select(text => text["text"]!.GetValue<string>()));

    /// <summary>Every object of a given <c>type</c> anywhere in <paramref name="node"/>.</summary>
    public static IEnumerable<JsonObject> OfType(JsonNode? node, string type) => node switch
    {
        JsonObject obj => (obj["type"] is JsonValue value && value.TryGetValue<string>(out var t) && t == type ? [obj] : Array.Empty<JsonObject>())
            .Concat(obj.SelectMany(pair => OfType(pair.Value, type))),
        JsonArray array => array.SelectMany(item => OfType(item, type)),
        _ => [],
    };

    public static IReadOnlyList<string> ActionIds(JsonNode? node) =>
        [.. OfType(node, "button").Select(button => button["action_id"]!.GetValue<string>())];
}
