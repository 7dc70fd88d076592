using System.Collections.Concurrent;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.WebApi;

namespace BridgeBot.Slack.Delivery;

/// <summary>
/// Where the bot can post in Slack, in the conversation store's terms: a channel's key holds its id (the payload is
/// the channel id too), and a person's key holds the id of the bot's DM channel with them, opened once.
/// </summary>
public sealed class SlackConversations(IConversationStore store, SlackApiClient api)
{
    private const string ChannelPrefix = "slack:channel:";
    private const string UserPrefix = "slack:user:";

    private readonly ConcurrentDictionary<string, bool> remembered = new(StringComparer.Ordinal);

    public static string ChannelKey(string channelId) => ChannelPrefix + channelId;

    public static string UserKey(string userId) => UserPrefix + userId;

    /// <summary>The channel id of a <see cref="ChannelKey"/>; null for keys of other kinds.</summary>
    public static string? ChannelOf(string key) =>
        key?.StartsWith(ChannelPrefix, StringComparison.Ordinal) == true && key.Length > ChannelPrefix.Length ? key[ChannelPrefix.Length..] : null;

    /// <summary>Saves the channel as a place to post (for digests later), once per process.</summary>
    public async Task RememberAsync(WorkspaceId workspace, string channelId, CancellationToken cancellationToken)
    {
        var key = ChannelKey(channelId);
        if (remembered.TryAdd(workspace + "/" + key, true))
        {
            await store.SaveConversationAsync(workspace, new ConversationAddress(key, channelId), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The bot's DM channel with <paramref name="userId"/>: the saved one, or a new one (<c>conversations.open</c>).</summary>
    public async Task<string> OpenDirectAsync(WorkspaceId workspace, string token, string userId, CancellationToken cancellationToken)
    {
        var key = UserKey(userId);
        if (await store.FindConversationAsync(workspace, key, cancellationToken).ConfigureAwait(false) is { Payload.Length: > 0 } known)
        {
            return known.Payload;
        }

        var channel = await api.OpenDirectMessageAsync(token, userId, cancellationToken).ConfigureAwait(false);
        await store.SaveConversationAsync(workspace, new ConversationAddress(key, channel), cancellationToken).ConfigureAwait(false);
        return channel;
    }
}
