using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Tests.Support;

/// <summary>A link issuer whose links name the workspace they were issued for, so a test sees which one was asked.</summary>
public sealed class LinksByWorkspace : ILogLinkIssuer
{
    public SignedLink Issue(WorkspaceId workspace) =>
        new(new Uri("https://bridgebot.example/log?w=" + Uri.EscapeDataString(workspace.Value)), Conflicts.Now.AddMinutes(15));
}
