using BridgeBot.Domain.Application;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Slack.Handling;

/// <summary>One request from Slack with what every handler derives from it, once its workspace's token is known.</summary>
/// <param name="Source">What kind of request.</param>
/// <param name="Workspace">The workspace (<see cref="WorkspaceId.ForSlack"/>).</param>
/// <param name="Token">The workspace's bot token.</param>
/// <param name="ChannelId">The channel (or DM) it came from.</param>
/// <param name="Actor">Who, with the name Slack shows for them.</param>
/// <param name="Delivery">Slack's id for the request (trigger id, event id), so a retry changes nothing.</param>
/// <param name="TriggerId">Opens a modal, for three seconds after the request.</param>
/// <param name="ResponseUrl">A slash command's private answer channel.</param>
public sealed record SlackTurn(
    TurnSource Source, WorkspaceId Workspace, string Token, string ChannelId, UserRef Actor, DeliveryId? Delivery, string? TriggerId, string? ResponseUrl)
{
    /// <summary>The request context the domain takes.</summary>
    public RequestContext Request => new(Workspace, ChannelId, Actor, Delivery);

    /// <summary>The domain's delivery id for a Slack id (<c>slack:{kind}:{id}</c>); null when Slack gave none.</summary>
    public static DeliveryId? DeliveryOf(string kind, string? id) => id is null ? null : new DeliveryId($"slack:{kind}:{id}");
}
