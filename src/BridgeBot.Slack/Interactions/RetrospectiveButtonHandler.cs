using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Slack.Delivery;
using BridgeBot.Slack.Handling;
using BridgeBot.Slack.Rendering.Modals;

namespace BridgeBot.Slack.Interactions;

/// <summary>A Yes / Partly / No button of the retrospective DM: opens the modal that asks for the sentence, the answer chosen.</summary>
public sealed class RetrospectiveButtonHandler(SlackReplyDelivery delivery)
{
    public Task HandleAsync(SlackTurn turn, ConflictId id, ImpactHappened answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return delivery.OpenModalAsync(turn, RetrospectiveModal.Render(id, answer, turn.ChannelId), cancellationToken);
    }
}
