using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Ports;

/// <summary>Issues links to a workspace's decision-log page: signed, scoped to that workspace, and short-lived.</summary>
public interface ILogLinkIssuer
{
    /// <summary>A fresh link to <paramref name="workspace"/>'s decision log.</summary>
    SignedLink Issue(WorkspaceId workspace);
}
