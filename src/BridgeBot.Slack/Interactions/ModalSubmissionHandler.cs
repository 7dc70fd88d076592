using BridgeBot.Domain.Application;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Slack.Delivery;
using BridgeBot.Slack.Handling;
using BridgeBot.Slack.Protocol;
using BridgeBot.Slack.Rendering;
using BridgeBot.Slack.Rendering.Modals;

namespace BridgeBot.Slack.Interactions;

/// <summary>
/// A modal's submission: its inputs become a command, the router decides, and the modal is answered — closed, or
/// with the refusal under the input it is about (<c>Refusal.Field</c>). The answer is settled before the slower
/// delivery (updating copies, posting) so the modal closes quickly. If the endpoint already closed the modal
/// because the answer came too late, a refusal reaches the person as a DM instead.
/// </summary>
public sealed class ModalSubmissionHandler(SlackTurns turns, SlackDirectory directory, CommandRouter router, SlackReplyDelivery delivery, SlackResponder responder)
{
    public async Task HandleAsync(ViewSubmission submission, ModalSpec spec, TaskCompletionSource<ViewAnswer> answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(answer);
        var metadata = ModalMetadata.Read(submission.PrivateMetadata);
        var read = spec.Read(submission.State, metadata);
        if (read.Command is null && answer.TrySetResult(ViewAnswer.Error(spec.BlockFor(read.Field), read.Problem!)))
        {
            return;
        }

        var turn = await turns.CreateAsync(
            TurnSource.Submission, submission.TeamId, metadata.Channel ?? string.Empty, submission.UserId, submission.UserName,
            SlackTurn.DeliveryOf("view", submission.TriggerId ?? submission.ViewId), null, null, cancellationToken).ConfigureAwait(false);
        if (turn is null)
        {
            // Not installed: there is no token to write a DM with, so only the modal can say it.
            answer.TrySetResult(ViewAnswer.Error(spec.Fields[0], SlackTurns.NotInstalled));
            return;
        }

        if (read.Command is null)
        {
            // The modal was closed before its inputs were read: the problem with them goes by DM.
            await NotSavedAsync(turn, read.Problem!, cancellationToken).ConfigureAwait(false);
            return;
        }

        var command = await directory.NameAsync(submission.TeamId, turn.Token, read.Command, cancellationToken).ConfigureAwait(false);
        var reply = await router.HandleAsync(turn.Request, command, cancellationToken).ConfigureAwait(false);
        var result = Answer(reply, spec);
        if (result.Errors is null)
        {
            answer.TrySetResult(result);
            await delivery.DeliverAsync(turn, reply, cancellationToken).ConfigureAwait(false);
        }
        else if (!answer.TrySetResult(result))
        {
            await NotSavedAsync(turn, string.Join(" ", result.Errors.Values), cancellationToken).ConfigureAwait(false);
        }
    }

    private Task NotSavedAsync(SlackTurn turn, string problem, CancellationToken cancellationToken) =>
        responder.TellDirectlyAsync(turn, ReplyMessages.Text("What you submitted was not saved: " + problem), cancellationToken);

    private static ViewAnswer Answer(CommandReply reply, ModalSpec spec) => reply switch
    {
        ConflictReply { Outcome.Refusal: { } refusal } => ViewAnswer.Error(spec.BlockFor(refusal.Field), refusal.Message),
        ApproverReply { Refusal: { } refusal } => ViewAnswer.Error(spec.BlockFor(refusal.Field), refusal.Message),
        OpenFormReply form => ViewAnswer.Error(spec.Fields[0], "Still missing: " + string.Join(", ", form.Draft.Missing) + "."),
        _ => ViewAnswer.Close,
    };
}
