using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Ports;

/// <summary>
/// Where the bot can post, and where each conflict's cards are. This is delivery metadata, kept beside the
/// decision log but not part of it: saving is an upsert, and losing a write costs a card update, never a decision.
/// </summary>
public interface IConversationStore
{
    /// <summary>Saves (or refreshes) a conversation address.</summary>
    Task SaveConversationAsync(WorkspaceId workspace, ConversationAddress address, CancellationToken cancellationToken = default);

    /// <summary>A saved conversation address, or null.</summary>
    Task<ConversationAddress?> FindConversationAsync(WorkspaceId workspace, string key, CancellationToken cancellationToken = default);

    /// <summary>Records a posted card of a conflict.</summary>
    Task SaveCardAsync(WorkspaceId workspace, ConflictId id, CardAddress card, CancellationToken cancellationToken = default);

    /// <summary>Forgets a copy that no longer exists (its message or conversation is gone), so it is not updated again.</summary>
    Task RemoveCardAsync(WorkspaceId workspace, ConflictId id, CardAddress card, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the posting of a conflict's card in a conversation, so that two deliveries of one request (a platform's
    /// redelivery, handled at once by two instances) post it once. True for the first claimant; true again for a later
    /// one when the claim is older than <paramref name="staleAfter"/>, i.e. its claimant died before posting.
    /// </summary>
    Task<bool> TryClaimCardPostAsync(
        WorkspaceId workspace, ConflictId id, string conversationKey, TimeSpan staleAfter, CancellationToken cancellationToken = default);

    /// <summary>Gives a claim back when posting failed, so that a redelivery of the request may post the card.</summary>
    Task ReleaseCardPostAsync(WorkspaceId workspace, ConflictId id, string conversationKey, CancellationToken cancellationToken = default);

    /// <summary>Every recorded card of a conflict.</summary>
    Task<IReadOnlyList<CardAddress>> ListCardsAsync(WorkspaceId workspace, ConflictId id, CancellationToken cancellationToken = default);
}
