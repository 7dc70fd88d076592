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
}
