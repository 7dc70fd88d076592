using BridgeBot.Domain.Application;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.Delivery;
using BridgeBot.Slack.Home;
using BridgeBot.Slack.Protocol;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Slack.Handling;

/// <summary>
/// The work of an Events API callback after its acknowledgement, bound by event type: an @mention is a command in the
/// shared grammar; opening the Home tab publishes it; an uninstall or a revoked token forgets the workspace's installation.
/// </summary>
public sealed partial class SlackEventsHandler(
    SlackTurns turns,
    SlackDirectory directory,
    CommandRouter router,
    SlackReplyDelivery delivery,
    IInstallationStore installations,
    HomeTabPublisher home,
    ILogger<SlackEventsHandler> logger)
{
    public Task HandleAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return envelope.Event?.Type switch
        {
            SlackEvent.AppMention => MentionAsync(envelope, envelope.Event, cancellationToken),
            SlackEvent.AppHomeOpened when envelope.TeamId is { } team && envelope.Event is { Tab: SlackEvent.HomeTab, User: { } user } =>
                home.PublishAsync(team, user, cancellationToken),
            SlackEvent.AppUninstalled or SlackEvent.TokensRevoked when envelope.TeamId is { } team => ForgetAsync(team, envelope.Event.Type, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    private async Task MentionAsync(EventEnvelope envelope, SlackEvent mention, CancellationToken cancellationToken)
    {
        if (envelope.TeamId is not { } team || mention.User is not { } user || mention.Channel is not { } channel || mention.BotId is not null)
        {
            return;
        }

        var turn = await turns.CreateAsync(
            TurnSource.Mention, team, channel, user, null, SlackTurn.DeliveryOf("event", envelope.EventId), null, null, cancellationToken).ConfigureAwait(false);
        if (turn is null)
        {
            return;
        }

        var parsed = CommandParser.Parse(MentionText.Strip(mention.Text, envelope.BotUserId));
        var reply = parsed.IsSuccess
            ? await router.HandleAsync(turn.Request, await directory.NameAsync(team, turn.Token, parsed.Command, cancellationToken).ConfigureAwait(false), cancellationToken)
                .ConfigureAwait(false)
            : new ErrorReply(parsed.Error);
        await delivery.DeliverAsync(turn, reply, cancellationToken).ConfigureAwait(false);
    }

    private async Task ForgetAsync(string teamId, string reason, CancellationToken cancellationToken)
    {
        await installations.RemoveAsync(WorkspaceId.ForSlack(teamId), cancellationToken).ConfigureAwait(false);
        LogForgotten(teamId, reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot the installation of {TeamId} ({Reason})")]
    private partial void LogForgotten(string teamId, string reason);
}
