namespace BridgeBot.Teams.Protocol;

/// <summary>
/// A mention of someone other than the bot, as a command parser needs it: the mentioned account and the
/// exact <c>&lt;at&gt;…&lt;/at&gt;</c> text as it stands in the message, so it can be found and replaced there.
/// </summary>
public sealed record UserMention(string Id, string? Name, string Text);
