using BridgeBot.Domain.Application;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Views;
using BridgeBot.Slack.Delivery;
using BridgeBot.Slack.Handling;
using BridgeBot.Slack.Rendering;
using BridgeBot.Slack.Rendering.Modals;

namespace BridgeBot.Slack.Interactions;

/// <summary>
/// A button that needs words first (reject, escalate, withdraw, reopen, decide): the clicker is checked against the
/// conflict as it stands, so nobody writes a reason that would be refused; then the modal opens.
/// </summary>
public sealed class PromptButtonHandler(CommandRouter router, SlackReplyDelivery delivery, SlackResponder responder)
{
    public async Task HandleAsync(SlackTurn turn, ConflictId id, ConflictActions action, string callbackId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reply = await router.HandleAsync(turn.Request, new ShowCommand(id), cancellationToken).ConfigureAwait(false);
        if (reply is not ConflictReply { Outcome: { Conflict: { } conflict } outcome })
        {
            await responder.TellAsync(turn, ReplyMessages.Render(reply, turn.Actor), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (ConflictViewBuilder.Check(conflict, turn.Actor, outcome.Settings.EscalationApprover, action) is { } refusal)
        {
            await responder.TellAsync(turn, ReplyMessages.Refused(refusal), cancellationToken).ConfigureAwait(false);
            return;
        }

        var view = outcome.ViewFor(turn.Actor)!;
        var modal = action == ConflictActions.DecideAsApprover
            ? OptionModal.Decision(view, turn.ChannelId)
            : ReasonModal.Render(callbackId, view, turn.ChannelId);
        await delivery.OpenModalAsync(turn, modal, cancellationToken).ConfigureAwait(false);
    }
}
