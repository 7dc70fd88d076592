using System.Text.Json.Nodes;
using BridgeBot.Domain.Application;
using BridgeBot.Domain.Digests;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Cards;
using BridgeBot.Teams.Connector;
using BridgeBot.Teams.Delivery;
using BridgeBot.Teams.Protocol;
using BridgeBot.Teams.Turns;

namespace BridgeBot.Teams.Digests;

/// <summary>
/// Posts digests in Teams channels: the compact card as a new message (a new thread), the details as a reply in that
/// thread (<c>{channel};messageid={root}</c>), reminders in each person's 1:1 chat with the bot. The channel's
/// conversation reference was saved when someone subscribed it (<see cref="TeamsConversations.RememberChannelAsync"/>).
/// </summary>
public sealed class TeamsDigestPublisher(TeamsConversations conversations, ConnectorClient connector, ConflictCardPublisher cards) : IDigestPublisher
{
    /// <inheritdoc />
    public string Platform => WorkspaceId.TeamsPrefix;

    /// <inheritdoc />
    public async Task<string> PostSummaryAsync(DigestSubscription subscription, Digest digest, CancellationToken cancellationToken = default)
    {
        var channel = await ChannelAsync(subscription, cancellationToken).ConfigureAwait(false);
        var posted = await connector.SendToConversationAsync(
            channel.ServiceUrl!, subscription.ChannelId, Message(channel, DigestCard.Render(digest)), cancellationToken).ConfigureAwait(false);
        return posted.Id is { Length: > 0 } id
            ? id
            : throw new InvalidOperationException($"Teams accepted the digest of {subscription.ChannelId} but gave no message id to reply to.");
    }

    /// <inheritdoc />
    public async Task PostDetailsAsync(DigestSubscription subscription, Digest digest, string rootMessageId, CancellationToken cancellationToken = default)
    {
        var channel = await ChannelAsync(subscription, cancellationToken).ConfigureAwait(false);
        var thread = subscription.ChannelId + ";messageid=" + rootMessageId;
        var reply = Message(channel, DigestDetailsCard.Render(digest));
        reply.ReplyToId = rootMessageId;
        await connector.SendToConversationAsync(channel.ServiceUrl!, thread, reply, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RemindAsync(DigestSubscription subscription, Reminder reminder, CancellationToken cancellationToken = default)
    {
        var channel = await ChannelAsync(subscription, cancellationToken).ConfigureAwait(false);
        var chat = await conversations.OpenDirectAsync(subscription.Workspace, channel, channel.Conversation?.TenantId, reminder.To, fresh: false, cancellationToken)
            .ConfigureAwait(false);
        await connector.SendToConversationAsync(chat.ServiceUrl!, chat.Conversation!.Id!, Message(chat, MessageCard.Render(reminder.Text)), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task ConflictChangedAsync(ConflictOutcome outcome, CancellationToken cancellationToken = default) =>
        cards.UpdateCopiesAsync(outcome.Conflict!.Workspace, outcome, cancellationToken);

    private async Task<ConversationReference> ChannelAsync(DigestSubscription subscription, CancellationToken cancellationToken) =>
        await conversations.FindAsync(subscription.Workspace, TeamsKeys.Conversation(subscription.ChannelId), cancellationToken).ConfigureAwait(false)
            is { ServiceUrl: not null } reference
            ? reference
            : throw new InvalidOperationException(
                $"No conversation reference is saved for channel {subscription.ChannelId}; subscribe it again with `digest at …` in the channel.");

    private static Activity Message(ConversationReference to, JsonObject card)
    {
        var message = TeamsCardRenderer.Message(card);
        message.From = to.Bot;
        message.Conversation = to.Conversation;
        message.ChannelId = to.ChannelId;
        message.ServiceUrl = to.ServiceUrl;
        return message;
    }
}
