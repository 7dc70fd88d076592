using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.Hosting;
using BridgeBot.Slack.Protocol;
using BridgeBot.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BridgeBot.Slack.Installations;

/// <summary>Finishes an OAuth v2 install: exchanges the code for the workspace's bot token (<c>oauth.v2.access</c>) and stores it.</summary>
public sealed partial class OAuthInstaller(SlackApiClient api, IInstallationStore installations, IOptions<SlackOptions> options, TimeProvider time, ILogger<OAuthInstaller> logger)
{
    /// <summary>The bot scopes an install asks for (see manifest/slack/manifest.json).</summary>
    public static readonly IReadOnlyList<string> BotScopes = ["commands", "chat:write", "im:write", "users:read", "app_mentions:read"];

    /// <summary>The installation; throws <see cref="SlackApiException"/> when Slack refuses the code.</summary>
    public async Task<(WorkspaceInstallation Installation, string? TeamName)> InstallAsync(string code, Uri redirectUri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        var settings = options.Value;
        var answer = await api.CallWithFormAsync("oauth.v2.access", new Dictionary<string, string>
        {
            ["client_id"] = settings.ClientId!,
            ["client_secret"] = settings.ClientSecret!,
            ["code"] = code,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
        }, cancellationToken).ConfigureAwait(false);

        if (JsonPath.Text(answer, "token_type") != "bot" || JsonPath.Text(answer, "access_token") is not { } token
            || JsonPath.Text(answer, "team", "id") is not { } team)
        {
            throw new SlackApiException("oauth.v2.access", "no_bot_token");
        }

        var installation = new WorkspaceInstallation(
            WorkspaceId.ForSlack(team), token, JsonPath.Text(answer, "bot_user_id"), JsonPath.Text(answer, "authed_user", "id"), time.GetUtcNow());
        await installations.SaveAsync(installation, cancellationToken).ConfigureAwait(false);
        LogInstalled(team, installation.InstalledBy);
        return (installation, JsonPath.Text(answer, "team", "name"));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Installed in Slack workspace {TeamId} by {UserId}")]
    private partial void LogInstalled(string teamId, string? userId);
}
