using BridgeBot.Domain.Application;
using BridgeBot.Domain.Commands;
using BridgeBot.Slack.Delivery;
using BridgeBot.Slack.Handling;

namespace BridgeBot.Slack.Interactions;

/// <summary>
/// A button that is a command (approve; the reasoning and proposal buttons, which ask for their form): the router
/// decides, and the answer is delivered (copies updated, a modal opened, or the clicker told why not).
/// </summary>
public sealed class CommandButtonHandler(CommandRouter router, SlackReplyDelivery delivery)
{
    public async Task HandleAsync(SlackTurn turn, BridgeCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reply = await router.HandleAsync(turn.Request, command, cancellationToken).ConfigureAwait(false);
        await delivery.DeliverAsync(turn, reply, cancellationToken).ConfigureAwait(false);
    }
}
