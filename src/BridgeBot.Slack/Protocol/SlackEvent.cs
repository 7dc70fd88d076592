namespace BridgeBot.Slack.Protocol;

/// <summary>The inner event of an <c>event_callback</c>.</summary>
/// <param name="Type">E.g. <c>app_mention</c>, <c>app_uninstalled</c>, <c>tokens_revoked</c>.</param>
/// <param name="User">Who caused it.</param>
/// <param name="Text">The message text (for mentions).</param>
/// <param name="Channel">Where.</param>
/// <param name="Ts">The message.</param>
/// <param name="BotId">Set when a bot wrote the message.</param>
/// <param name="Subtype">The message subtype (edits, bot messages, …).</param>
/// <param name="Tab">For <c>app_home_opened</c>, the App Home tab opened: <c>home</c> or <c>messages</c>.</param>
public sealed record SlackEvent(string Type, string? User, string? Text, string? Channel, string? Ts, string? BotId, string? Subtype, string? Tab)
{
    public const string AppMention = "app_mention";
    public const string AppHomeOpened = "app_home_opened";

    /// <summary>The <see cref="Tab"/> of the App Home's Home tab.</summary>
    public const string HomeTab = "home";
    public const string AppUninstalled = "app_uninstalled";
    public const string TokensRevoked = "tokens_revoked";
}
