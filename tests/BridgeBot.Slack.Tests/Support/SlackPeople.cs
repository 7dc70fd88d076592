using BridgeBot.Domain.Workspaces;
using BridgeBot.Testing.Conflicts;

namespace BridgeBot.Slack.Tests.Support;

/// <summary>People as Slack names them: user ids are <c>U…</c>, the workspace is a team <c>T…</c>.</summary>
internal sealed class SlackPeople : IStoryCast
{
    public static UserRef Ana { get; } = new("U0ANA", "Ana Product");

    public static UserRef Ben { get; } = new("U0BEN", "Ben Project");

    public static UserRef Carol { get; } = new("U0CAROL", "Carol Approver");

    public static UserRef Dev { get; } = new("U0DEV", "Dev Opener");

    public static UserRef Eve { get; } = new("U0EVE", "Eve Bystander");

    public static WorkspaceId Workspace { get; } = WorkspaceId.ForSlack("T0ACME");

    public static string ChannelId => "C0RELEASES";

    public static UserRef Person(string handle, string name) => new("U" + handle.ToUpperInvariant(), name);
}
