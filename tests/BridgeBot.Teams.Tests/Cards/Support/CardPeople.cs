using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Teams.Tests.Cards.Support;

/// <summary>People as Teams names them: user ids are MRIs (<c>29:…</c>).</summary>
internal static class CardPeople
{
    public static readonly UserRef Ana = new("29:1ana-product-a8f3Xq", "Ana Product");
    public static readonly UserRef Ben = new("29:1ben-project-k2LmPz", "Ben Project");
    public static readonly UserRef Carol = new("29:1carol-approver-Qw7Rt", "Carol Approver");
    public static readonly UserRef Dev = new("29:1dev-opener-Zx9Vb", "Dev Opener");
    public static readonly UserRef Eve = new("29:1eve-bystander-Mn4Cd", "Eve Bystander");
    public static readonly WorkspaceId Workspace = WorkspaceId.ForTeams("00000000-0000-0000-0000-0000000000001");

    /// <summary>The roster the open form offers.</summary>
    public static IReadOnlyList<UserRef> Roster { get; } = [Ana, Ben, Carol, Dev, Eve];
}
