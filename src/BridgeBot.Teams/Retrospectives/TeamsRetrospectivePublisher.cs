using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Cards;
using BridgeBot.Teams.Connector;
using BridgeBot.Teams.Delivery;
using BridgeBot.Teams.Turns;

namespace BridgeBot.Teams.Retrospectives;

/// <summary>
/// Asks retrospectives in each manager's 1:1 chat with the bot: the one saved when they were first reached (the reasoning
/// request at opening, or a message of theirs), else a chat opened through the conflict's channel.
/// </summary>
public sealed class TeamsRetrospectivePublisher(TeamsConversations conversations, ConnectorClient connector) : IRetrospectivePublisher
{
    /// <inheritdoc />
    public string Platform => WorkspaceId.TeamsPrefix;

    /// <inheritdoc />
    public async Task AskAsync(RetrospectiveAsk ask, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ask);
        var chat = await conversations.FindAsync(ask.Workspace, TeamsKeys.User(ask.To.Id), cancellationToken).ConfigureAwait(false);
        if (chat?.ServiceUrl is null)
        {
            var channel = await conversations.FindAsync(ask.Workspace, TeamsKeys.Conversation(ask.ChannelId), cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Neither a 1:1 chat with {ask.To.Id} nor the conversation of {ask.ConflictId} is saved, so there is no way to reach them.");
            // fresh: the saved chat was read just above and cannot be used; reading it again would only repeat that.
            chat = await conversations.OpenDirectAsync(ask.Workspace, channel, channel.Conversation?.TenantId, ask.To, fresh: true, cancellationToken)
                .ConfigureAwait(false);
        }

        await connector.SendToConversationAsync(
            chat.ServiceUrl!, chat.Conversation!.Id!, TeamsCardRenderer.MessageTo(chat, RetrospectiveCard.Render(ask)), cancellationToken).ConfigureAwait(false);
    }
}
