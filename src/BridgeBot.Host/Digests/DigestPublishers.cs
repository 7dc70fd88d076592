using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Host.Digests;

/// <summary>The digest publishers of the platforms this host runs, chosen by the platform prefix of a workspace id.</summary>
public sealed class DigestPublishers(IEnumerable<IDigestPublisher> publishers)
{
    private readonly IReadOnlyList<IDigestPublisher> all = [.. publishers];

    /// <summary>The publisher for <paramref name="workspace"/>; throws when this host runs no such platform.</summary>
    public IDigestPublisher For(WorkspaceId workspace) =>
        all.FirstOrDefault(publisher => workspace.Value.StartsWith(publisher.Platform, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No digest publisher serves workspace {workspace}.");
}
