using System.Text.Json.Nodes;

namespace BridgeBot.Slack.Protocol;

/// <summary>A <c>view_submission</c> payload: a modal's submit (PROTOCOLS §3.3).</summary>
/// <param name="TeamId">The workspace.</param>
/// <param name="UserId">Who submitted.</param>
/// <param name="UserName">Their name as the payload gives it.</param>
/// <param name="ViewId">The modal.</param>
/// <param name="CallbackId">Which modal it is.</param>
/// <param name="PrivateMetadata">What the modal remembered.</param>
/// <param name="State">The inputs, by block id and action id.</param>
/// <param name="TriggerId">Identifies the delivery.</param>
public sealed record ViewSubmission(
    string TeamId, string UserId, string? UserName, string? ViewId, string CallbackId, string? PrivateMetadata, ViewState State, string? TriggerId)
{
    public static ViewSubmission? From(JsonObject payload)
    {
        var view = JsonPath.Object(payload, "view");
        return PayloadActor.From(payload) is { } actor && JsonPath.Text(view, "callback_id") is { } callbackId
            ? new ViewSubmission(
                actor.TeamId,
                actor.UserId,
                actor.UserName,
                JsonPath.Text(view, "id"),
                callbackId,
                JsonPath.Text(view, "private_metadata"),
                new ViewState(JsonPath.Object(view, "state", "values") ?? []),
                JsonPath.Text(payload, "trigger_id"))
            : null;
    }
}
