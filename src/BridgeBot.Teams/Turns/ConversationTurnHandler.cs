using BridgeBot.Domain.Application;
using BridgeBot.Domain.Commands;
using BridgeBot.Teams.Cards;
using BridgeBot.Teams.Connector;
using BridgeBot.Teams.Delivery;
using BridgeBot.Teams.Protocol;

namespace BridgeBot.Teams.Turns;

/// <summary>
/// Installation and membership updates: remember the conversation (so the bot can post there later) and, when the
/// app is installed, say hello with the commands.
/// </summary>
public sealed class ConversationTurnHandler(TeamsConversations conversations, ConnectorClient connector)
{
    /// <summary>Handles a conversationUpdate or installationUpdate.</summary>
    public async Task<TurnResult> HandleAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        await conversations.RememberAsync(turn, cancellationToken).ConfigureAwait(false);
        var activity = turn.Activity;
        if (activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "add" or "add-upgrade")
        {
            var welcome = TeamsCardRenderer.ReplyWithCard(activity, HelpCard.Prepare(CommandRouter.Help(new HelpCommand(null))));
            welcome.ReplyToId = null;
            await connector.SendToConversationAsync(activity.ServiceUrl!, activity.Conversation!.Id!, welcome, cancellationToken).ConfigureAwait(false);
        }

        return TurnResult.Accepted;
    }
}
