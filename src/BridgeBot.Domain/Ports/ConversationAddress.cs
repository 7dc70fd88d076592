namespace BridgeBot.Domain.Ports;

/// <summary>
/// Where the bot can post later (a channel, a group chat, a person's 1:1 chat), in the platform's own terms.
/// The domain does not read the payload; the channel edge that wrote it does.
/// </summary>
/// <param name="Key">The edge's key for it, e.g. <c>teams:conversation:{id}</c> or <c>teams:user:{id}</c>.</param>
/// <param name="Payload">What the edge needs to post there (for Teams, a conversation reference as JSON).</param>
public sealed record ConversationAddress(string Key, string Payload);
