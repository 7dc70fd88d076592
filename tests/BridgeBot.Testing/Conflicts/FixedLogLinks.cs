using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Testing.Conflicts;

/// <summary>Links to the decision-log page with a fixed address and expiry, for renderers' golden files.</summary>
public sealed class FixedLogLinks : ILogLinkIssuer
{
    /// <summary>The link every workspace gets.</summary>
    public static SignedLink Link { get; } = new(
        new Uri("https://bridgebot.example/log?w=teams%3Atenant&e=1765366200&s=signature"),
        new DateTimeOffset(2025, 12, 10, 11, 30, 0, TimeSpan.Zero));

    public SignedLink Issue(WorkspaceId workspace) => Link;
}
