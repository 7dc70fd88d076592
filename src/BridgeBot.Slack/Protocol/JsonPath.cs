using System.Text.Json.Nodes;

namespace BridgeBot.Slack.Protocol;

/// <summary>Reads strings out of a Slack payload without trusting its shape: anything missing or of another type is null.</summary>
internal static class JsonPath
{
    public static string? Text(JsonNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(key, out var next) ? next : null;
        }

        return node is JsonValue value && TryGetText(value, out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
    }

    /// <summary>A JSON string that is not valid Unicode (a lone surrogate escape, <c>"\ud800"</c>) reads as absent, not as a failure.</summary>
    private static bool TryGetText(JsonValue value, out string? text)
    {
        try
        {
            return value.TryGetValue(out text);
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    public static JsonObject? Object(JsonNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(key, out var next) ? next : null;
        }

        return node as JsonObject;
    }

    public static JsonObject? First(JsonNode? node, string arrayKey) =>
        node is JsonObject obj && obj[arrayKey] is JsonArray { Count: > 0 } array ? array[0] as JsonObject : null;
}
