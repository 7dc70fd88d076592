using System.Collections.Concurrent;
using System.Text.Json;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Authentication;
using BridgeBot.Teams.Connector;
using BridgeBot.Teams.Protocol;
using BridgeBot.Teams.Turns;

namespace BridgeBot.Teams.Delivery;

/// <summary>
/// Remembers where the bot can post (conversation references from inbound activities) and opens 1:1 chats with
/// managers. A stored reference was written from an authenticated activity, so its service URL is trusted again
/// when it is read back (after a restart the in-memory trust list is empty).
/// </summary>
public sealed class TeamsConversations(IConversationStore store, ConnectorClient connector, IServiceUrlTrust trust)
{
    // What this process last saved under each (workspace, key): a turn whose reference is unchanged writes nothing.
    private readonly ConcurrentDictionary<(string Workspace, string Key), string> saved = new();

    /// <summary>Saves the reference of the turn's conversation (and, in a 1:1 chat, as the sender's private chat) once per process.</summary>
    public async Task RememberAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        var reference = turn.Activity.GetConversationReference();
        reference.ActivityId = null;
        var payload = Payload(reference);
        await SaveOnceAsync(turn.Workspace, turn.ConversationKey, payload, cancellationToken).ConfigureAwait(false);
        if (turn.IsPersonal)
        {
            await SaveOnceAsync(turn.Workspace, TeamsKeys.User(turn.Actor.Id), payload, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A saved conversation, or null.</summary>
    public async Task<ConversationReference?> FindAsync(WorkspaceId workspace, string key, CancellationToken cancellationToken)
    {
        var address = await store.FindConversationAsync(workspace, key, cancellationToken).ConfigureAwait(false);
        if (address is null)
        {
            return null;
        }

        var reference = JsonSerializer.Deserialize<ConversationReference>(address.Payload, ProtocolJson.Options);
        if (reference?.ServiceUrl is { } serviceUrl)
        {
            trust.Trust(serviceUrl);
        }

        return reference;
    }

    /// <summary>
    /// The 1:1 chat with <paramref name="user"/> through the turn's own conversation (see the overload). Creating a 1:1
    /// conversation that exists returns it. Throws <see cref="ConnectorException"/> when Teams refuses (typically: the app
    /// is not installed for that person).
    /// </summary>
    public Task<ConversationReference> OpenDirectAsync(TeamsTurn turn, UserRef user, bool fresh, CancellationToken cancellationToken) =>
        OpenDirectAsync(turn.Workspace, turn.Activity.GetConversationReference(), turn.TenantId, user, fresh, cancellationToken);

    /// <summary>
    /// The 1:1 chat with <paramref name="user"/>: the saved one when it was reached through <paramref name="via"/>'s service
    /// URL, otherwise (or when <paramref name="fresh"/>) the one Teams returns through <paramref name="via"/>'s service URL and
    /// bot (a conversation of the same team or tenant, e.g. the channel a digest is posted in).
    /// </summary>
    public async Task<ConversationReference> OpenDirectAsync(
        WorkspaceId workspace, ConversationReference via, string? tenantId, UserRef user, bool fresh, CancellationToken cancellationToken)
    {
        var key = TeamsKeys.User(user.Id);
        if (!fresh && await FindAsync(workspace, key, cancellationToken).ConfigureAwait(false) is { } known
            && SameServiceUrl(known.ServiceUrl, via.ServiceUrl))
        {
            return known;
        }

        var bot = via.Bot ?? throw new InvalidOperationException("The conversation names no bot.");
        var member = new ChannelAccount(user.Id, user.DisplayName);
        var created = await connector.CreateConversationAsync(
            via.ServiceUrl!, ConversationParameters.OneOnOne(bot, member, tenantId ?? string.Empty), cancellationToken).ConfigureAwait(false);
        var reference = new ConversationReference
        {
            Bot = bot,
            User = member,
            ChannelId = via.ChannelId,
            ServiceUrl = created.ServiceUrl ?? via.ServiceUrl,
            Locale = via.Locale,
            Conversation = new ConversationAccount { Id = created.Id, ConversationType = "personal", TenantId = tenantId },
        };
        var payload = Payload(reference);
        await SaveOnceAsync(workspace, key, payload, cancellationToken).ConfigureAwait(false);
        await SaveOnceAsync(workspace, TeamsKeys.Conversation(created.Id!), payload, cancellationToken).ConfigureAwait(false);
        return reference;
    }

    /// <summary>
    /// Saves the reference of the turn's channel itself (not the reply chain the message came in), under the channel's
    /// key, so that the digest scheduler can later start new threads in it.
    /// </summary>
    public Task RememberChannelAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        var reference = turn.Activity.GetConversationReference();
        reference.ActivityId = null;
        reference.Conversation = new ConversationAccount
        {
            Id = turn.Request.ChannelId,
            ConversationType = reference.Conversation?.ConversationType,
            IsGroup = reference.Conversation?.IsGroup,
            TenantId = turn.TenantId,
        };
        return SaveOnceAsync(turn.Workspace, TeamsKeys.Conversation(turn.Request.ChannelId), Payload(reference), cancellationToken);
    }

    // A saved chat reached through another service URL (another region, or an emulator session gone) may be dead.
    private static bool SameServiceUrl(string? saved, string? current) =>
        string.Equals(saved?.TrimEnd('/'), current?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static string Payload(ConversationReference reference) => JsonSerializer.Serialize(reference, ProtocolJson.Options);

    private async Task SaveOnceAsync(WorkspaceId workspace, string key, string payload, CancellationToken cancellationToken)
    {
        if (saved.TryGetValue((workspace.Value, key), out var known) && known == payload)
        {
            return;
        }

        await store.SaveConversationAsync(workspace, new ConversationAddress(key, payload), cancellationToken).ConfigureAwait(false);
        saved[(workspace.Value, key)] = payload;
    }
}
