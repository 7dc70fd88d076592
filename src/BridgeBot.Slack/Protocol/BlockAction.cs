using System.Text.Json.Nodes;

namespace BridgeBot.Slack.Protocol;

/// <summary>A <c>block_actions</c> payload: one button click (PROTOCOLS §3.3).</summary>
/// <param name="TeamId">The workspace.</param>
/// <param name="UserId">Who clicked.</param>
/// <param name="UserName">Their name as the payload gives it.</param>
/// <param name="ChannelId">The channel (or DM) of the message clicked.</param>
/// <param name="MessageTs">The message clicked.</param>
/// <param name="ActionId">The button's action id.</param>
/// <param name="Value">The button's value.</param>
/// <param name="TriggerId">Opens a modal within 3 seconds; identifies the delivery.</param>
/// <param name="ResponseUrl">Where to answer privately.</param>
public sealed record BlockAction(
    string TeamId, string UserId, string? UserName, string? ChannelId, string? MessageTs, string ActionId, string? Value, string? TriggerId, string? ResponseUrl)
{
    public static BlockAction? From(JsonObject payload)
    {
        var action = JsonPath.First(payload, "actions");
        return PayloadActor.From(payload) is { } actor && JsonPath.Text(action, "action_id") is { } actionId
            ? new BlockAction(
                actor.TeamId,
                actor.UserId,
                actor.UserName,
                JsonPath.Text(payload, "channel", "id") ?? JsonPath.Text(payload, "container", "channel_id"),
                JsonPath.Text(payload, "container", "message_ts") ?? JsonPath.Text(payload, "message", "ts"),
                actionId,
                JsonPath.Text(action, "value"),
                JsonPath.Text(payload, "trigger_id"),
                JsonPath.Text(payload, "response_url"))
            : null;
    }
}
