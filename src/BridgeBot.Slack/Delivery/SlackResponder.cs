using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Handling;
using BridgeBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Slack.Delivery;

/// <summary>
/// Answers the person behind a turn privately: through a slash command's <c>response_url</c>, else with an ephemeral
/// message in the channel (<c>chat.postEphemeral</c>), and where the bot cannot post there, in their DM with the bot.
/// </summary>
public sealed partial class SlackResponder(SlackApiClient api, SlackConversations conversations, ILogger<SlackResponder> logger)
{
    public async Task TellAsync(SlackTurn turn, SlackMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        try
        {
            if (turn.ResponseUrl is { } responseUrl)
            {
                await api.RespondAsync(responseUrl, message, cancellationToken).ConfigureAwait(false);
                return;
            }

            await api.PostEphemeralAsync(turn.Token, turn.ChannelId, turn.Actor.Id, message, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException failure) when (SlackApiErrors.IsNotInChannel(failure) || failure.Method == "response_url")
        {
            await TellDirectlyAsync(turn, message, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Answers in the person's DM with the bot (for when the channel cannot be used).</summary>
    public async Task TellDirectlyAsync(SlackTurn turn, SlackMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        try
        {
            var direct = await conversations.OpenDirectAsync(turn.Workspace, turn.Token, turn.Actor.Id, cancellationToken).ConfigureAwait(false);
            await api.PostMessageAsync(turn.Token, direct, message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is SlackApiException or HttpRequestException)
        {
            // Nowhere left to say it; the log is where an operator sees it.
            LogUnreachable(turn.Actor.Id, turn.Workspace.Value, failure.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer {UserId} in {Workspace} anywhere: {Reason}")]
    private partial void LogUnreachable(string userId, string workspace, string reason);
}
