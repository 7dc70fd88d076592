using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.Installations;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Slack.Handling;

/// <summary>Builds a <see cref="SlackTurn"/>: finds the workspace's token and names the person. Null when the workspace has not installed BridgeBot.</summary>
public sealed partial class SlackTurns(SlackTokens tokens, SlackDirectory directory, ILogger<SlackTurns> logger)
{
    /// <summary>What a workspace without a token is told (where it can be told anything).</summary>
    public const string NotInstalled =
        "BridgeBot is not installed in this workspace yet, so it cannot act here. A workspace admin can install it from BridgeBot's install page (/api/slack/install).";

    public async Task<SlackTurn?> CreateAsync(
        TurnSource source,
        string teamId,
        string channelId,
        string userId,
        string? userName,
        DeliveryId? delivery,
        string? triggerId,
        string? responseUrl,
        CancellationToken cancellationToken)
    {
        if (await tokens.FindAsync(teamId, cancellationToken).ConfigureAwait(false) is not { } token)
        {
            LogNotInstalled(source, teamId);
            return null;
        }

        var actor = await directory.PersonAsync(teamId, token, userId, userName, cancellationToken).ConfigureAwait(false);
        return new SlackTurn(source, WorkspaceId.ForSlack(teamId), token, channelId, actor, delivery, triggerId, responseUrl);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Slack {Source} from {TeamId}: BridgeBot is not installed there")]
    private partial void LogNotInstalled(TurnSource source, string teamId);
}
