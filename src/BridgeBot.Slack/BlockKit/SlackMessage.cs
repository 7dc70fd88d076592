using System.Text.Json;
using System.Text.Json.Nodes;

namespace BridgeBot.Slack.BlockKit;

/// <summary>
/// A message as <c>chat.postMessage</c>, <c>chat.update</c>, <c>chat.postEphemeral</c> and a <c>response_url</c> take it:
/// the blocks, and the text Slack shows in notifications and where blocks cannot be drawn.
/// </summary>
/// <param name="Text">The fallback text, escaped mrkdwn.</param>
/// <param name="Blocks">The blocks.</param>
public sealed record SlackMessage(string Text, JsonArray Blocks)
{
    /// <summary>The message's fields, to be merged into a Web API call's body.</summary>
    public JsonObject ToJson() => new() { ["text"] = Text, ["blocks"] = Blocks.DeepClone() };

    /// <summary>The same fields as <see cref="ToJson"/>, written into an object <paramref name="writer"/> has open (nothing copied).</summary>
    public void WriteFields(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("text", Text);
        writer.WritePropertyName("blocks");
        Blocks.WriteTo(writer, SlackJson.Compact);
    }
}
