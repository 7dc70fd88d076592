using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Ports;

/// <summary>
/// The app installed in one workspace, with the credential the bot uses there. The domain never reads the token;
/// the channel edge that stored it does (for Slack, the bot token an OAuth install returned).
/// </summary>
/// <param name="Workspace">The workspace.</param>
/// <param name="AccessToken">The bot's credential in that workspace; opaque here.</param>
/// <param name="BotUserId">The bot's own user id there, when the platform names one.</param>
/// <param name="InstalledBy">Who installed it, when known.</param>
/// <param name="InstalledAt">When it was (last) installed.</param>
public sealed record WorkspaceInstallation(
    WorkspaceId Workspace,
    string AccessToken,
    string? BotUserId,
    string? InstalledBy,
    DateTimeOffset InstalledAt)
{
    /// <summary>Never prints the token, so an installation can be logged or shown in a failed assertion.</summary>
    public override string ToString() => $"{Workspace} (bot {BotUserId ?? "?"}, installed by {InstalledBy ?? "?"} at {InstalledAt:O})";
}
