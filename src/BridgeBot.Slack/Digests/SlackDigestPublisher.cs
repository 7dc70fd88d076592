using BridgeBot.Domain.Application;
using BridgeBot.Domain.Digests;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.Delivery;
using BridgeBot.Slack.Installations;
using BridgeBot.Slack.Rendering;
using BridgeBot.Slack.WebApi;

namespace BridgeBot.Slack.Digests;

/// <summary>
/// Posts digests in Slack channels: the compact message with <c>chat.postMessage</c> (its <c>ts</c> is the thread),
/// the details as a reply in that thread (<c>thread_ts</c>), reminders by DM, and card updates after automatic changes
/// the way every other change updates them. A failure after the Web API client's own retries is thrown, so the
/// scheduler's retry-once-then-give-up applies.
/// </summary>
public sealed class SlackDigestPublisher(SlackApiClient api, SlackTokens tokens, SlackConversations conversations, SlackConflictPublisher conflicts)
    : IDigestPublisher
{
    /// <inheritdoc />
    public string Platform => WorkspaceId.SlackPrefix;

    /// <inheritdoc />
    public async Task<string> PostSummaryAsync(DigestSubscription subscription, Digest digest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var token = await tokens.RequireAsync(subscription.Workspace, cancellationToken).ConfigureAwait(false);
        return await api.PostMessageAsync(token, subscription.ChannelId, DigestMessages.Summary(digest), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task PostDetailsAsync(DigestSubscription subscription, Digest digest, string rootMessageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var token = await tokens.RequireAsync(subscription.Workspace, cancellationToken).ConfigureAwait(false);
        await api.PostReplyAsync(token, subscription.ChannelId, rootMessageId, DigestMessages.Details(digest), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RemindAsync(DigestSubscription subscription, Reminder reminder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(reminder);
        var token = await tokens.RequireAsync(subscription.Workspace, cancellationToken).ConfigureAwait(false);
        var channel = await conversations.OpenDirectAsync(subscription.Workspace, token, reminder.To.Id, cancellationToken).ConfigureAwait(false);
        await api.PostMessageAsync(token, channel, ReplyMessages.Text(reminder.Text), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task ConflictChangedAsync(ConflictOutcome outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var workspace = outcome.Conflict!.Workspace;
        var token = await tokens.RequireAsync(workspace, cancellationToken).ConfigureAwait(false);
        await conflicts.UpdateCopiesAsync(workspace, token, outcome, cancellationToken).ConfigureAwait(false);
    }
}
