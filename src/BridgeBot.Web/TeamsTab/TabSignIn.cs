using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Web.TeamsTab;

/// <summary>What the Teams tab's sign-in token proved: the person's workspace, or why it proved nothing.</summary>
/// <param name="Workspace">The Teams workspace of the token's tenant, when the token is valid.</param>
/// <param name="Failure">Why the token was refused, in words for the person and the log.</param>
public sealed record TabSignIn(WorkspaceId? Workspace, string? Failure)
{
    public static TabSignIn Valid(WorkspaceId workspace) => new(workspace, null);

    public static TabSignIn Refused(string failure) => new(null, failure);
}
