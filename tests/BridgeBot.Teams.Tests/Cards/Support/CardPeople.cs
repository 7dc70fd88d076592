using BridgeBot.Domain.Workspaces;
using BridgeBot.Testing.Conflicts;

namespace BridgeBot.Teams.Tests.Cards.Support;

/// <summary>People as Teams names them: user ids are MRIs (<c>29:…</c>).</summary>
internal sealed class CardPeople : IStoryCast
{
    public static UserRef Ana { get; } = new("29:1ana-product-a8f3Xq", "Ana Product");

    public static UserRef Ben { get; } = new("29:1ben-project-k2LmPz", "Ben Project");

    public static UserRef Carol { get; } = new("29:1carol-approver-Qw7Rt", "Carol Approver");

    public static UserRef Dev { get; } = new("29:1dev-opener-Zx9Vb", "Dev Opener");

    public static UserRef Eve { get; } = new("29:1eve-bystander-Mn4Cd", "Eve Bystander");

    public static WorkspaceId Workspace { get; } = WorkspaceId.ForTeams("00000000-0000-0000-0000-0000000000001");

    public static string ChannelId => "19:channel@thread.tacv2";

    /// <summary>The roster the open form offers.</summary>
    public static IReadOnlyList<UserRef> Roster { get; } = [Ana, Ben, Carol, Dev, Eve];

    public static UserRef Person(string handle, string name) => new("29:" + handle, name);
}
