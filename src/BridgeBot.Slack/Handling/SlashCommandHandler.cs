using BridgeBot.Domain.Application;
using BridgeBot.Domain.Commands;
using BridgeBot.Slack.Delivery;
using BridgeBot.Slack.Protocol;
using BridgeBot.Slack.Rendering;
using BridgeBot.Slack.WebApi;

namespace BridgeBot.Slack.Handling;

/// <summary>
/// The work of a <c>/bridge</c> command after its acknowledgement: the command (already parsed at the edge) has its
/// people named, goes through the shared router, and its answer is delivered the Slack way.
/// </summary>
public sealed class SlashCommandHandler(SlackTurns turns, SlackDirectory directory, CommandRouter router, SlackReplyDelivery delivery, SlackApiClient api)
{
    public const string Failed = "I could not finish that just now: storage or Slack did not answer. Check with `/bridge list` before trying again.";

    public async Task HandleAsync(SlashCommand command, BridgeCommand parsed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var turn = await turns.CreateAsync(
            TurnSource.SlashCommand, command.TeamId, command.ChannelId, command.UserId, command.UserName,
            SlackTurn.DeliveryOf("command", command.TriggerId), command.TriggerId, command.ResponseUrl, cancellationToken).ConfigureAwait(false);
        if (turn is null)
        {
            if (command.ResponseUrl is { } responseUrl)
            {
                await api.RespondAsync(responseUrl, ReplyMessages.Text(SlackTurns.NotInstalled), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        try
        {
            var named = await directory.NameAsync(command.TeamId, turn.Token, parsed, cancellationToken).ConfigureAwait(false);
            var reply = await router.HandleAsync(turn.Request, named, cancellationToken).ConfigureAwait(false);
            await delivery.DeliverAsync(turn, reply, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested && command.ResponseUrl is not null)
        {
            // The worker logs the failure; the person, who was told "on it", learns it did not work.
            await TellFailureAsync(command.ResponseUrl, cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    private async Task TellFailureAsync(string responseUrl, CancellationToken cancellationToken)
    {
        try
        {
            await api.RespondAsync(responseUrl, ReplyMessages.Text(Failed), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is SlackApiException or HttpRequestException)
        {
            // The original failure is the one worth logging; it is rethrown by the caller.
        }
    }
}
