using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Application;

/// <summary>Who asks, where, and under which delivery id the platform sent the request.</summary>
/// <param name="Workspace">The workspace.</param>
/// <param name="ChannelId">The channel or chat the request came from.</param>
/// <param name="Actor">The person.</param>
/// <param name="Delivery">The platform's id for this request, so a redelivery changes nothing; null when none.</param>
public sealed record RequestContext(WorkspaceId Workspace, string ChannelId, UserRef Actor, DeliveryId? Delivery);
