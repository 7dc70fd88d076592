using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BridgeBot.Slack.BlockKit;

/// <summary>How BridgeBot writes JSON for Slack: only what JSON itself requires is escaped (non-ASCII text stays as is).</summary>
public static class SlackJson
{
    public static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The same escaping for a <see cref="Utf8JsonWriter"/>.</summary>
    public static readonly JsonWriterOptions CompactWriting = new() { Encoder = Compact.Encoder };

    private static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    public static string Serialize(JsonNode node, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(indented ? Indented : Compact);
    }
}
