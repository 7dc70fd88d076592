using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Host.Hosting;

/// <summary>The publishers of the platforms this host runs, chosen by the platform prefix of a workspace id.</summary>
/// <typeparam name="TPublisher">What they publish.</typeparam>
public class PlatformPublishers<TPublisher>(IEnumerable<TPublisher> publishers)
    where TPublisher : IPlatformPublisher
{
    private readonly IReadOnlyList<TPublisher> all = [.. publishers];

    /// <summary>The publisher for <paramref name="workspace"/>; throws when this host runs no such platform.</summary>
    public TPublisher For(WorkspaceId workspace) =>
        all.FirstOrDefault(publisher => workspace.Value.StartsWith(publisher.Platform, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No {typeof(TPublisher).Name} serves workspace {workspace}.");
}
