namespace BridgeBot.Slack.WebApi;

/// <summary>What to tell a person about a Web API error, in words that say what they can do about it.</summary>
public static class SlackApiErrors
{
    public const string NotInChannel = "not_in_channel";
    public const string ChannelNotFound = "channel_not_found";

    /// <summary>Whether the error means the bot cannot post in the channel until someone invites it.</summary>
    public static bool IsNotInChannel(SlackApiException error) =>
        error?.Error is NotInChannel or ChannelNotFound;

    public static string Explain(SlackApiException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Error switch
        {
            NotInChannel or ChannelNotFound => "I can't post in this channel: invite @BridgeBot to it (`/invite @BridgeBot`) and try again.",
            "is_archived" => "This channel is archived; use another channel.",
            "ratelimited" or "http_429" => "Slack is asking BridgeBot to slow down; please try again in a minute.",
            "invalid_auth" or "not_authed" or "account_inactive" or "token_revoked" or "token_expired" =>
                "BridgeBot's access to this workspace is no longer valid; a workspace admin needs to install it again.",
            "missing_scope" => $"BridgeBot lacks a Slack permission ({error.Needed ?? "a scope"}); a workspace admin needs to install it again.",
            "expired_trigger_id" or "invalid_trigger_id" => "The form took too long to open; please click again.",
            "user_not_found" or "cannot_dm_bot" or "user_disabled" => "That person cannot get messages from BridgeBot in this workspace.",
            _ => $"Slack refused {error.Method} ({error.Error}); please try again, or ask an admin to check BridgeBot's installation.",
        };
    }
}
