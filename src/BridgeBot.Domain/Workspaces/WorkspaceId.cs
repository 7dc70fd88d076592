namespace BridgeBot.Domain.Workspaces;

/// <summary>
/// A Teams tenant or a Slack workspace: the boundary inside which conflict ids are unique and
/// people are identified. The platform prefix keeps a Slack team id and a Teams tenant id apart.
/// </summary>
/// <param name="Value">The platform-qualified id, e.g. <c>slack:T024BE7LD</c> or <c>teams:{tenant-guid}</c>.</param>
public readonly record struct WorkspaceId(string Value)
{
    /// <summary>The prefix of every Slack workspace's id.</summary>
    public const string SlackPrefix = "slack:";

    /// <summary>The prefix of every Teams workspace's id.</summary>
    public const string TeamsPrefix = "teams:";

    /// <summary>The workspace of a Slack team.</summary>
    public static WorkspaceId ForSlack(string teamId) => new(SlackPrefix + Require(teamId));

    /// <summary>The workspace of a Teams tenant.</summary>
    public static WorkspaceId ForTeams(string tenantId) => new(TeamsPrefix + Require(tenantId));

    /// <inheritdoc />
    public override string ToString() => Value;

    private static string Require(string id) =>
        string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("A workspace needs a platform id.", nameof(id)) : id;
}
