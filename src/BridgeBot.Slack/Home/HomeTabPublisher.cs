using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.Installations;
using BridgeBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Slack.Home;

/// <summary>
/// Publishes BridgeBot's Home tab for the person who opened it, with a freshly signed link to the workspace's
/// decision log (a link only lives minutes, so each opening renews it).
/// </summary>
public sealed partial class HomeTabPublisher(
    SlackTokens tokens, IConflictStore conflicts, ILogLinkIssuer links, SlackApiClient api, ILogger<HomeTabPublisher> logger)
{
    public async Task PublishAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        if (await tokens.FindAsync(teamId, cancellationToken).ConfigureAwait(false) is not { } token)
        {
            LogNotInstalled(teamId);
            return;
        }

        var workspace = WorkspaceId.ForSlack(teamId);
        var decisionsRead = conflicts.ListDecisionsAsync(workspace, HomeView.ShownDecisions, cancellationToken);
        var openRead = conflicts.ListOpenAsync(workspace, cancellationToken);
        await Task.WhenAll(decisionsRead, openRead).ConfigureAwait(false);
        var decisions = await decisionsRead.ConfigureAwait(false);
        var open = await openRead.ConfigureAwait(false);
        var view = HomeView.Render(new HomeContent(decisions, open.Count, links.Issue(workspace)));
        await api.PublishViewAsync(token, userId, view, cancellationToken).ConfigureAwait(false);
        LogPublished(userId, decisions.Count, open.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Did not publish the Home tab of {TeamId}: BridgeBot is not installed there")]
    private partial void LogNotInstalled(string teamId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published the Home tab for {UserId} with {Decisions} decisions and {Open} open conflicts")]
    private partial void LogPublished(string userId, int decisions, int open);
}
