using System.Text.Json.Nodes;
using BridgeBot.Domain.Ports;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Interactions;

namespace BridgeBot.Slack.Rendering.Sections;

/// <summary>The button that opens the decision-log page through a signed link, and a line on what it opens and until when.</summary>
internal static class LogLinkSection
{
    public static IEnumerable<JsonObject> Build(string blockId, SignedLink link, string note) =>
    [
        Blocks.Actions(blockId, [Elements.LinkButton("Open the decision log", SlackActionIds.OpenLog, link.Url)]),
        Blocks.Context(Mrkdwn.Escape(note)),
    ];
}
