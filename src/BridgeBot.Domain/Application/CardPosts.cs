using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Application;

/// <summary>
/// Posting a conflict's card once per conversation, however often the platform delivers the request that opened it:
/// the delivery that claims the post posts; a concurrent copy (the same request on another instance) does not.
/// </summary>
public static class CardPosts
{
    /// <summary>After this long without a card, a claim is taken to belong to an instance that died before posting.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    /// <summary>Runs <paramref name="post"/> if this delivery wins the claim; gives the claim back if posting fails.</summary>
    public static async Task PostOnceAsync(
        this IConversationStore store,
        WorkspaceId workspace,
        ConflictId id,
        string conversationKey,
        Func<CancellationToken, Task> post,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(post);
        if (!await store.TryClaimCardPostAsync(workspace, id, conversationKey, StaleAfter, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            await post(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await ReleaseAsync(store, workspace, id, conversationKey).ConfigureAwait(false);
            throw;
        }
    }

    private static async Task ReleaseAsync(IConversationStore store, WorkspaceId workspace, ConflictId id, string conversationKey)
    {
        try
        {
            await store.ReleaseCardPostAsync(workspace, id, conversationKey, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The post's own failure is what the caller must see; a claim that could not be given back goes stale instead.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
