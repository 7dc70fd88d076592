using System.Net;
using BridgeBot.Domain.Application;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Connector;
using BridgeBot.Teams.Protocol;
using BridgeBot.Teams.Turns;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Teams.Delivery;

/// <summary>
/// Keeps every posted copy of a conflict's card true: posts the channel card when a conflict opens, sends each
/// manager a private reasoning request, and after every change updates each copy in place (the shared channel copy
/// with the status-only view, a manager's private copy with their own view).
/// </summary>
public sealed partial class ConflictCardPublisher(
    IConversationStore store,
    TeamsConversations conversations,
    ConnectorClient connector,
    ILogger<ConflictCardPublisher> logger)
{
    /// <summary>Posts the conflict's card as a reply in the turn's conversation and records it.</summary>
    public async Task PostCardAsync(TeamsTurn turn, ConflictOutcome outcome, CancellationToken cancellationToken)
    {
        var conflict = outcome.Conflict!;
        var viewer = turn.IsPersonal ? turn.Actor : TeamsCardRenderer.Everyone;
        var reply = TeamsCardRenderer.ReplyWithCard(turn.Activity, TeamsCardRenderer.ConflictCardFor(conflict, viewer, outcome.Settings, outcome.Today));
        var posted = await connector.ReplyToActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        if (posted.Id is { Length: > 0 } messageId)
        {
            await RecordAsync(turn, conflict.Id, messageId, turn.IsPersonal ? turn.Actor.Id : null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Posts the card unless another delivery of the same request claimed the post first (<see cref="CardPosts"/>).
    /// </summary>
    public Task PostCardOnceAsync(TeamsTurn turn, ConflictOutcome outcome, CancellationToken cancellationToken) =>
        store.PostOnceAsync(turn.Workspace, outcome.Conflict!.Id, turn.ConversationKey, token => PostCardAsync(turn, outcome, token), cancellationToken);

    /// <summary>Records an existing message (a form that became the conflict card) as a copy of the card.</summary>
    public Task RecordAsync(TeamsTurn turn, ConflictId id, string messageId, string? viewerId, CancellationToken cancellationToken) =>
        store.SaveCardAsync(turn.Workspace, id, new CardAddress(turn.ConversationKey, messageId, viewerId), cancellationToken);

    /// <summary>
    /// Sends each manager who owes reasoning a private request with their form. Returns the managers who could not
    /// be reached privately (the app is not installed for them); they still get their form on the channel card.
    /// </summary>
    public async Task<IReadOnlyList<UserRef>> RequestReasoningAsync(TeamsTurn turn, ConflictOutcome outcome, CancellationToken cancellationToken)
    {
        var conflict = outcome.Conflict!;
        var unreachable = new List<UserRef>();
        foreach (var manager in conflict.ManagersWithoutReasoning)
        {
            try
            {
                await SendRequestAsync(turn, outcome, manager, fresh: false, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorException gone) when (gone.Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
            {
                // The saved chat is gone: ask Teams for the chat again once, through this turn's service URL.
                try
                {
                    await SendRequestAsync(turn, outcome, manager, fresh: true, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception failure) when (failure is ConnectorException or UntrustedServiceUrlException or HttpRequestException)
                {
                    LogUnreachable(conflict.Id, turn.Workspace, manager.Id, failure.Message);
                    unreachable.Add(manager);
                }
            }
            catch (Exception failure) when (failure is ConnectorException or UntrustedServiceUrlException or HttpRequestException)
            {
                LogUnreachable(conflict.Id, turn.Workspace, manager.Id, failure.Message);
                unreachable.Add(manager);
            }
        }

        return unreachable;
    }

    private async Task SendRequestAsync(TeamsTurn turn, ConflictOutcome outcome, UserRef manager, bool fresh, CancellationToken cancellationToken)
    {
        var chat = await conversations.OpenDirectAsync(turn, manager, fresh, cancellationToken).ConfigureAwait(false);
        var card = TeamsCardRenderer.ReasoningRequest(outcome, manager, turn.Actor);
        var chatId = chat.Conversation!.Id!;
        var sent = await connector.SendToConversationAsync(chat.ServiceUrl!, chatId, TeamsCardRenderer.MessageTo(chat, card), cancellationToken).ConfigureAwait(false);
        if (sent.Id is { Length: > 0 } messageId)
        {
            // Keyed by the chat itself, not by the person: if their chat changes, this copy still points where it is.
            var copy = new CardAddress(TeamsKeys.Conversation(chatId), messageId, manager.Id);
            await store.SaveCardAsync(turn.Workspace, outcome.Conflict!.Id, copy, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Updates every recorded copy of the conflict's card (forgetting copies Teams says are gone); returns how many copies were recorded.</summary>
    public async Task<int> UpdateCopiesAsync(WorkspaceId workspace, ConflictOutcome outcome, CancellationToken cancellationToken)
    {
        var conflict = outcome.Conflict!;
        var copies = await store.ListCardsAsync(workspace, conflict.Id, cancellationToken).ConfigureAwait(false);
        foreach (var copy in copies)
        {
            try
            {
                var reference = await conversations.FindAsync(workspace, copy.ConversationKey, cancellationToken).ConfigureAwait(false);
                if (reference?.ServiceUrl is null || reference.Conversation?.Id is null)
                {
                    continue;
                }

                var viewer = copy.ViewerId is { } id ? Person(conflict, id) : TeamsCardRenderer.Everyone;
                var card = TeamsCardRenderer.ConflictCardFor(conflict, viewer, outcome.Settings, outcome.Today);
                var update = TeamsCardRenderer.MessageTo(reference, card);
                update.Id = copy.MessageId;
                await connector.UpdateActivityAsync(reference.ServiceUrl, reference.Conversation.Id, copy.MessageId, update, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (ConnectorException gone) when (gone.Status == HttpStatusCode.NotFound)
            {
                LogCopyGone(conflict.Id, workspace, copy.MessageId);
                await store.RemoveCardAsync(workspace, conflict.Id, copy, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is ConnectorException or UntrustedServiceUrlException or HttpRequestException)
            {
                // A stale copy is repaired by the next change or a refresh; the decision itself is already durable.
                LogUpdateFailed(conflict.Id, workspace, copy.MessageId, failure.Message);
            }
        }

        return copies.Count;
    }

    private static UserRef Person(ReleaseConflict conflict, string id) =>
        new[] { conflict.ProductManager, conflict.ProjectManager, conflict.OpenedBy }.FirstOrDefault(p => p.Id == id) ?? new UserRef(id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reach {UserId} privately about {ConflictId} in {Workspace}: {Reason}")]
    private partial void LogUnreachable(ConflictId conflictId, WorkspaceId workspace, string userId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Card {MessageId} of {ConflictId} in {Workspace} is gone; it is no longer updated")]
    private partial void LogCopyGone(ConflictId conflictId, WorkspaceId workspace, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update card {MessageId} of {ConflictId} in {Workspace}: {Reason}")]
    private partial void LogUpdateFailed(ConflictId conflictId, WorkspaceId workspace, string messageId, string reason);
}
