using BridgeBot.Domain.Application;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.Handling;
using BridgeBot.Slack.Rendering;
using BridgeBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Slack.Delivery;

/// <summary>
/// Keeps every posted copy of a conflict's message true: posts the channel copy, sends each manager a private reasoning
/// request, and after every change updates each copy in place (<c>chat.update</c>): the channel copy with the view
/// everyone shares, a manager's DM copy with their own view.
/// </summary>
public sealed partial class SlackConflictPublisher(
    IConversationStore store,
    SlackConversations conversations,
    SlackApiClient api,
    ILogger<SlackConflictPublisher> logger)
{
    /// <summary>
    /// Posts the channel copy unless another delivery of the same request claimed the post first (<see cref="CardPosts"/>).
    /// Throws <see cref="SlackApiException"/> when Slack refuses.
    /// </summary>
    public Task PostChannelCopyOnceAsync(SlackTurn turn, ConflictOutcome outcome, CancellationToken cancellationToken) =>
        store.PostOnceAsync(
            turn.Workspace, outcome.Conflict!.Id, SlackConversations.ChannelKey(turn.ChannelId), token => PostChannelCopyAsync(turn, outcome, token), cancellationToken);

    /// <summary>Posts the channel copy in the turn's channel and records it. Throws <see cref="SlackApiException"/> when Slack refuses.</summary>
    public async Task PostChannelCopyAsync(SlackTurn turn, ConflictOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(outcome);
        var conflict = outcome.Conflict!;
        var message = ConflictMessage.Render(ConflictViewBuilder.ForChannel(conflict, outcome.Settings, outcome.Today));
        var ts = await api.PostMessageAsync(turn.Token, turn.ChannelId, message, cancellationToken).ConfigureAwait(false);
        await store.SaveCardAsync(turn.Workspace, conflict.Id, new CardAddress(SlackConversations.ChannelKey(turn.ChannelId), ts, null), cancellationToken)
            .ConfigureAwait(false);
        await conversations.RememberAsync(turn.Workspace, turn.ChannelId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends each manager who owes reasoning a DM with a button to their reasoning modal. Returns the managers who could
    /// not be reached; they can still use the button on the channel copy.
    /// </summary>
    public async Task<IReadOnlyList<UserRef>> RequestReasoningAsync(SlackTurn turn, ConflictOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(outcome);
        var conflict = outcome.Conflict!;
        var unreachable = new List<UserRef>();
        foreach (var manager in conflict.ManagersWithoutReasoning)
        {
            try
            {
                var direct = await conversations.OpenDirectAsync(turn.Workspace, turn.Token, manager.Id, cancellationToken).ConfigureAwait(false);
                var ts = await api.PostMessageAsync(turn.Token, direct, ReasoningRequestMessage.Render(outcome.ViewFor(manager)!, turn.Actor), cancellationToken)
                    .ConfigureAwait(false);
                await store.SaveCardAsync(turn.Workspace, conflict.Id, new CardAddress(SlackConversations.ChannelKey(direct), ts, manager.Id), cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is SlackApiException or HttpRequestException)
            {
                LogUnreachable(conflict.Id, turn.Workspace, manager.Id, failure.Message);
                unreachable.Add(manager);
            }
        }

        return unreachable;
    }

    /// <summary>Updates every recorded copy of the conflict's message; returns how many copies are recorded.</summary>
    public async Task<int> UpdateCopiesAsync(WorkspaceId workspace, string token, ConflictOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var conflict = outcome.Conflict!;
        var copies = await store.ListCardsAsync(workspace, conflict.Id, cancellationToken).ConfigureAwait(false);
        foreach (var copy in copies)
        {
            if (SlackConversations.ChannelOf(copy.ConversationKey) is not { } channel)
            {
                continue;
            }

            var view = copy.ViewerId is { } viewer
                ? outcome.ViewFor(Person(conflict, viewer))!
                : ConflictViewBuilder.ForChannel(conflict, outcome.Settings, outcome.Today);
            try
            {
                await api.UpdateMessageAsync(token, channel, copy.MessageId, ConflictMessage.Render(view), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is SlackApiException or HttpRequestException)
            {
                // A stale copy is repaired by the next change; the decision itself is already durable.
                LogUpdateFailed(conflict.Id, workspace, copy.MessageId, failure.Message);
            }
        }

        return copies.Count;
    }

    private static UserRef Person(ReleaseConflict conflict, string id) =>
        new[] { conflict.ProductManager, conflict.ProjectManager, conflict.OpenedBy, conflict.Escalation?.To }
            .FirstOrDefault(person => person?.Id == id) ?? new UserRef(id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reach {UserId} privately about {ConflictId} in {Workspace}: {Reason}")]
    private partial void LogUnreachable(ConflictId conflictId, WorkspaceId workspace, string userId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update message {MessageTs} of {ConflictId} in {Workspace}: {Reason}")]
    private partial void LogUpdateFailed(ConflictId conflictId, WorkspaceId workspace, string messageTs, string reason);
}
