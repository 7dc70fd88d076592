using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Host.Retrospectives;

/// <summary>The retrospective publishers of the platforms this host runs, chosen by the platform prefix of a workspace id.</summary>
public sealed class RetrospectivePublishers(IEnumerable<IRetrospectivePublisher> publishers)
{
    private readonly IReadOnlyList<IRetrospectivePublisher> all = [.. publishers];

    /// <summary>The publisher for <paramref name="workspace"/>; throws when this host runs no such platform.</summary>
    public IRetrospectivePublisher For(WorkspaceId workspace) =>
        all.FirstOrDefault(publisher => workspace.Value.StartsWith(publisher.Platform, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No retrospective publisher serves workspace {workspace}.");
}
