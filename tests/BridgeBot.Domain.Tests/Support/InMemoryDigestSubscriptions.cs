using BridgeBot.Domain.Digests;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Tests.Support;

/// <summary>A fake of the subscription port for the command rules; the real store is tested against Azurite.</summary>
internal sealed class InMemoryDigestSubscriptions : IDigestSubscriptionStore
{
    private readonly Dictionary<(WorkspaceId, string), SubscriptionStatus> subscriptions = [];

    public Task<SubscriptionStatus?> FindAsync(WorkspaceId workspace, string channelId, CancellationToken cancellationToken = default) =>
        Task.FromResult(subscriptions.GetValueOrDefault((workspace, channelId)));

    public Task<SubscriptionStatus> SaveAsync(
        DigestSubscription subscription, DateTimeOffset nextDue, DateTimeOffset nextSweep, CancellationToken cancellationToken = default)
    {
        var last = subscriptions.GetValueOrDefault((subscription.Workspace, subscription.ChannelId))?.LastDigestAt;
        var status = new SubscriptionStatus(subscription, nextDue, last);
        subscriptions[(subscription.Workspace, subscription.ChannelId)] = status;
        return Task.FromResult(status);
    }

    public Task<bool> RemoveAsync(WorkspaceId workspace, string channelId, CancellationToken cancellationToken = default) =>
        Task.FromResult(subscriptions.Remove((workspace, channelId)));
}
