using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Tests.Support;

internal static class People
{
    public static readonly UserRef Ana = new("U0ANA", "Ana");
    public static readonly UserRef Ben = new("U0BEN", "Ben");
    public static readonly UserRef Carol = new("U0CAROL", "Carol");
    public static readonly UserRef Dev = new("U0DEV", "Dev");
    public static readonly WorkspaceId Workspace = WorkspaceId.ForSlack("T0TEST");
}
