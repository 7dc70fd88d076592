using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.Hosting;
using Microsoft.Extensions.Options;

namespace BridgeBot.Slack.Installations;

/// <summary>
/// The bot token for a workspace: its OAuth installation when OAuth is configured, else <c>Slack:BotToken</c>
/// (single-workspace mode). Null means the workspace has not installed BridgeBot.
/// </summary>
public sealed class SlackTokens(IInstallationStore installations, IOptions<SlackOptions> options)
{
    public async Task<string?> FindAsync(string teamId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.HasOAuth
            && await installations.FindAsync(WorkspaceId.ForSlack(teamId), cancellationToken).ConfigureAwait(false) is { } installed)
        {
            return installed.AccessToken;
        }

        return string.IsNullOrWhiteSpace(settings.BotToken) ? null : settings.BotToken.Trim();
    }

    /// <summary>The token of a Slack <paramref name="workspace"/> for work without a request (digests, retrospectives); throws when there is none.</summary>
    public async Task<string> RequireAsync(WorkspaceId workspace, CancellationToken cancellationToken) =>
        await FindAsync(workspace.Value[WorkspaceId.SlackPrefix.Length..], cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"Slack workspace {workspace} has no bot token (not installed, or uninstalled).");
}
