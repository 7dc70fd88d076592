using BridgeBot.Domain.Application;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Cards;
using BridgeBot.Teams.Connector;
using BridgeBot.Teams.Delivery;
using BridgeBot.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Teams.Turns;

/// <summary>
/// A typed command: by @mention in channels and group chats (the mention is removed), plainly in a 1:1 chat.
/// The text goes through the shared grammar and router; the reply is delivered the Teams way.
/// </summary>
public sealed partial class MessageTurnHandler(
    CommandRouter router,
    ConflictCardPublisher publisher,
    TeamsConversations conversations,
    TeamsPeople people,
    ConnectorClient connector,
    ILogger<MessageTurnHandler> logger)
{
    /// <summary>Handles a message activity.</summary>
    public async Task<TurnResult> HandleAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (string.IsNullOrWhiteSpace(activity.Text) && activity.Value is not null)
        {
            // An Action.Submit from a client without Universal Actions; BridgeBot's cards only use Action.Execute.
            await SendAsync(turn, MessageCard.Render("This card needs a newer Teams client. Type the command instead, e.g. `help`."), cancellationToken)
                .ConfigureAwait(false);
            return TurnResult.Accepted;
        }

        CommandReply? reply = null;
        try
        {
            await conversations.RememberAsync(turn, cancellationToken).ConfigureAwait(false);
            var mentions = activity.GetOtherMentions()
                .GroupBy(mention => mention.Text, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => new UserRef(group.First().Id, group.First().Name), StringComparer.Ordinal);
            reply = await router.HandleTextAsync(turn.Request, activity.RemoveRecipientMention(), mentions, cancellationToken).ConfigureAwait(false);
            await DeliverAsync(turn, reply, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (TransientFailure.Is(failure))
        {
            LogFailed(turn.Workspace, activity.Id, failure.Message);
            var saved = reply is ConflictReply { Outcome: { Kind: OutcomeKind.Changed, Conflict: { } conflict } } ? conflict.Id : (Domain.Conflicts.ConflictId?)null;
            var message = saved is { } id ? TransientFailure.SavedButNotFinished(id) : TransientFailure.Message;
            await SendAsync(turn, MessageCard.Render(message, problem: true), cancellationToken).ConfigureAwait(false);
        }

        return TurnResult.Accepted;
    }

    private async Task DeliverAsync(TeamsTurn turn, CommandReply reply, CancellationToken cancellationToken)
    {
        switch (reply)
        {
            case ConflictReply { Outcome: { Kind: OutcomeKind.Changed } outcome } when outcome.Events.Any(entry => entry is ConflictOpened):
                LogChanged(outcome.Conflict!.Id, turn.Workspace, outcome.Events.Count);
                await publisher.PostCardOnceAsync(turn, outcome, cancellationToken).ConfigureAwait(false);
                var unreachable = await publisher.RequestReasoningAsync(turn, outcome, cancellationToken).ConfigureAwait(false);
                if (unreachable.Count > 0)
                {
                    await SendAsync(turn, MessageCard.Render(
                        $"I could not message {string.Join(" and ", unreachable)} privately (the app may not be installed for them). " +
                        "They can write their reasoning on the card above."), cancellationToken).ConfigureAwait(false);
                }

                break;
            case ConflictReply { Outcome: { Kind: OutcomeKind.Changed } outcome }:
                LogChanged(outcome.Conflict!.Id, turn.Workspace, outcome.Events.Count);
                await publisher.UpdateCopiesAsync(turn.Workspace, outcome, cancellationToken).ConfigureAwait(false);
                await SendAsync(turn, MessageCard.Render(string.Join("\n", outcome.Events.Select(entry => entry.Summary))), cancellationToken)
                    .ConfigureAwait(false);
                break;
            case ConflictReply { Outcome: { Kind: OutcomeKind.Duplicate, Conflict: not null } outcome }:
                // Teams delivered this message again; the first delivery posts the card (possibly at this very moment, on
                // another instance), unless it failed before posting it: then its claim was given back and this one posts.
                if (await publisher.UpdateCopiesAsync(turn.Workspace, outcome, cancellationToken).ConfigureAwait(false) == 0)
                {
                    await publisher.PostCardOnceAsync(turn, outcome, cancellationToken).ConfigureAwait(false);
                }

                break;
            case ConflictReply { Outcome: { Kind: OutcomeKind.Unchanged } outcome }:
                await publisher.PostCardAsync(turn, outcome, cancellationToken).ConfigureAwait(false);
                break;
            case ConflictReply { Outcome: { Refusal.Code: Domain.Conflicts.RefusalCode.Stale } outcome }:
                await publisher.UpdateCopiesAsync(turn.Workspace, outcome, cancellationToken).ConfigureAwait(false);
                await SendAsync(turn, MessageCard.Render(outcome.Refusal!), cancellationToken).ConfigureAwait(false);
                break;
            case DigestSubscriptionReply { Action: Domain.Commands.DigestAction.Subscribe }:
                // The scheduler posts here later, without a turn: keep the channel's own reference.
                await conversations.RememberChannelAsync(turn, cancellationToken).ConfigureAwait(false);
                await SendAsync(turn, reply, [], cancellationToken).ConfigureAwait(false);
                break;
            case OpenFormReply:
                var roster = await people.ListAsync(turn, cancellationToken).ConfigureAwait(false);
                await SendAsync(turn, reply, roster, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await SendAsync(turn, reply, [], cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private Task<ResourceResponse> SendAsync(TeamsTurn turn, System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken) =>
        connector.ReplyToActivityAsync(TeamsCardRenderer.ReplyWithCard(turn.Activity, card), cancellationToken);

    private Task<ResourceResponse> SendAsync(TeamsTurn turn, CommandReply reply, IReadOnlyList<UserRef> people, CancellationToken cancellationToken) =>
        connector.ReplyToActivityAsync(TeamsCardRenderer.ReplyWithCard(turn.Activity, reply, turn.Actor, people), cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conflict {ConflictId} in {Workspace} changed by a message ({Entries} log entries)")]
    private partial void LogChanged(Domain.Conflicts.ConflictId conflictId, WorkspaceId workspace, int entries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {ActivityId} in {Workspace} failed: {Reason}")]
    private partial void LogFailed(WorkspaceId workspace, string? activityId, string reason);
}
