using BridgeBot.Domain.Digests;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Ports;

/// <summary>
/// Channels' digest subscriptions. Saving or removing one also moves its entries in the due index in the same atomic
/// step, so a schedule that changed between two scheduler ticks never fires at its old time.
/// </summary>
public interface IDigestSubscriptionStore
{
    /// <summary>The channel's subscription, or null.</summary>
    Task<SubscriptionStatus?> FindAsync(WorkspaceId workspace, string channelId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or replaces the channel's subscription, its digest next due at <paramref name="nextDue"/> and its daily
    /// sweep (nudges, escalations) at <paramref name="nextSweep"/>; keeps when its last digest was.
    /// </summary>
    Task<SubscriptionStatus> SaveAsync(
        DigestSubscription subscription, DateTimeOffset nextDue, DateTimeOffset nextSweep, CancellationToken cancellationToken = default);

    /// <summary>Removes the channel's subscription; false when there was none.</summary>
    Task<bool> RemoveAsync(WorkspaceId workspace, string channelId, CancellationToken cancellationToken = default);
}
