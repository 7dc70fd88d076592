using System.Text.Json.Nodes;
using BridgeBot.Domain.Application;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.Handling;
using BridgeBot.Slack.Rendering;
using BridgeBot.Slack.Rendering.Modals;
using BridgeBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Slack.Delivery;

/// <summary>
/// Delivers the router's answer the Slack way: a new conflict is posted to the channel and both managers are asked
/// privately; a change updates every copy in place; forms open as modals; everything else is told to the person
/// privately. Slack's refusals that a person can act on (invite the bot, …) are told to them in those words.
/// </summary>
public sealed partial class SlackReplyDelivery(
    SlackConflictPublisher publisher,
    SlackResponder responder,
    SlackApiClient api,
    ILogger<SlackReplyDelivery> logger)
{
    public async Task DeliverAsync(SlackTurn turn, CommandReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        switch (reply)
        {
            case ConflictReply { Outcome: { Kind: OutcomeKind.Changed } outcome } when outcome.Events.Any(entry => entry is ConflictOpened):
                LogChanged(outcome.Conflict!.Id, turn.Workspace, turn.Source, outcome.Events.Count);
                await PostAsync(turn, outcome, once: true, cancellationToken).ConfigureAwait(false);
                var unreachable = await publisher.RequestReasoningAsync(turn, outcome, cancellationToken).ConfigureAwait(false);
                if (unreachable.Count > 0)
                {
                    await TellAsync(turn, $"I could not message {DisplayText.Names(unreachable)} privately. They can use “Write reasoning” on {outcome.Conflict.Id}'s message.",
                        cancellationToken).ConfigureAwait(false);
                }

                break;
            case ConflictReply { Outcome: { Kind: OutcomeKind.Changed } outcome }:
                LogChanged(outcome.Conflict!.Id, turn.Workspace, turn.Source, outcome.Events.Count);
                await publisher.UpdateCopiesAsync(turn.Workspace, turn.Token, outcome, cancellationToken).ConfigureAwait(false);
                // A retrospective answered in its modal has no conflict message to show it, so the person is told too.
                if (turn.Source is TurnSource.SlashCommand or TurnSource.Mention || outcome.Events.Any(entry => entry is RetrospectiveAnswered))
                {
                    await TellAsync(turn, string.Join("\n", outcome.Events.Select(entry => entry.Summary)), cancellationToken).ConfigureAwait(false);
                }

                break;
            case ConflictReply { Outcome: { Kind: OutcomeKind.Duplicate, Conflict: not null } outcome }:
                // Slack delivered this again; the first delivery posts the message (possibly at this very moment, on another
                // instance), unless it failed before posting it: then its claim was given back and this one posts.
                if (await publisher.UpdateCopiesAsync(turn.Workspace, turn.Token, outcome, cancellationToken).ConfigureAwait(false) == 0)
                {
                    await PostAsync(turn, outcome, once: true, cancellationToken).ConfigureAwait(false);
                }

                break;
            case ConflictReply { Outcome: { Kind: OutcomeKind.Unchanged, Conflict: not null } outcome }:
                await PostAsync(turn, outcome, once: false, cancellationToken).ConfigureAwait(false);
                break;
            case ConflictReply { Outcome: { Refusal.Code: RefusalCode.Stale } outcome }:
                await publisher.UpdateCopiesAsync(turn.Workspace, turn.Token, outcome, cancellationToken).ConfigureAwait(false);
                await responder.TellAsync(turn, ReplyMessages.Refused(outcome.Refusal!), cancellationToken).ConfigureAwait(false);
                break;
            case DigestReply digest:
                // "digest now" posts the digest for the whole channel, as the scheduler would: summary, details in its thread.
                try
                {
                    var root = await api.PostMessageAsync(turn.Token, turn.ChannelId, DigestMessages.Summary(digest.Digest), cancellationToken).ConfigureAwait(false);
                    if (!digest.Digest.IsEmpty)
                    {
                        await api.PostReplyAsync(turn.Token, turn.ChannelId, root, DigestMessages.Details(digest.Digest), cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (SlackApiException failure)
                {
                    await responder.TellAsync(turn, ReplyMessages.Text(SlackApiErrors.Explain(failure)), cancellationToken).ConfigureAwait(false);
                }

                break;
            case OpenFormReply form when turn.TriggerId is not null:
                await OpenModalAsync(turn, OpenModal.Render(form.Draft, turn.ChannelId), cancellationToken).ConfigureAwait(false);
                break;
            case ReasoningFormReply { Outcome: { Refusal: null, Conflict: not null } outcome } when turn.TriggerId is not null:
                await OpenModalAsync(turn, ReasoningModal.Render(outcome.ViewFor(turn.Actor)!, turn.ChannelId), cancellationToken).ConfigureAwait(false);
                break;
            case ProposalFormReply { Outcome: { Refusal: null, Conflict: not null } outcome } when turn.TriggerId is not null:
                await OpenModalAsync(turn, OptionModal.Proposal(outcome.ViewFor(turn.Actor)!, turn.ChannelId), cancellationToken).ConfigureAwait(false);
                break;
            default:
                await responder.TellAsync(turn, ReplyMessages.Render(reply, turn.Actor), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Opens a modal with the turn's trigger; when Slack refuses, says why.</summary>
    public async Task OpenModalAsync(SlackTurn turn, JsonObject view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        try
        {
            await api.OpenViewAsync(turn.Token, turn.TriggerId!, view, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException failure)
        {
            await responder.TellAsync(turn, ReplyMessages.Text(SlackApiErrors.Explain(failure)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Posts the channel copy (<paramref name="once"/>: only if no other delivery of the request claimed it); when the
    /// bot may not post there, tells the person what to do.
    /// </summary>
    private async Task PostAsync(SlackTurn turn, ConflictOutcome outcome, bool once, CancellationToken cancellationToken)
    {
        try
        {
            if (once)
            {
                await publisher.PostChannelCopyOnceAsync(turn, outcome, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await publisher.PostChannelCopyAsync(turn, outcome, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SlackApiException failure)
        {
            var id = outcome.Conflict!.Id;
            await TellAsync(turn, $"{id} is saved, but I could not post it here. {SlackApiErrors.Explain(failure)} Then type `/bridge show {id}`.",
                cancellationToken).ConfigureAwait(false);
        }
    }

    private Task TellAsync(SlackTurn turn, string text, CancellationToken cancellationToken) =>
        responder.TellAsync(turn, ReplyMessages.Text(text), cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conflict {ConflictId} in {Workspace} changed by a Slack {Source} ({Entries} log entries)")]
    private partial void LogChanged(ConflictId conflictId, WorkspaceId workspace, TurnSource source, int entries);
}
