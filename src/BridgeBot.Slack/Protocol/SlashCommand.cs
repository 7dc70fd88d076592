using Microsoft.AspNetCore.WebUtilities;

namespace BridgeBot.Slack.Protocol;

/// <summary>A slash command invocation, as Slack posts it (form fields; see PROTOCOLS §3.2).</summary>
/// <param name="TeamId">The workspace.</param>
/// <param name="ChannelId">Where it was typed.</param>
/// <param name="UserId">Who typed it.</param>
/// <param name="UserName">Their handle (deprecated by Slack, used only until their name is looked up).</param>
/// <param name="Text">What followed the command.</param>
/// <param name="ResponseUrl">Where to answer privately, for 30 minutes.</param>
/// <param name="TriggerId">Opens a modal within 3 seconds; unique per invocation, so it also identifies the delivery.</param>
public sealed record SlashCommand(string TeamId, string ChannelId, string UserId, string? UserName, string Text, string? ResponseUrl, string? TriggerId)
{
    /// <summary>Reads the form; null when a required field is missing.</summary>
    public static SlashCommand? Parse(string form)
    {
        var fields = QueryHelpers.ParseQuery(form);
        string? Field(string key) => fields.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString() : null;
        return Field("team_id") is { } team && Field("channel_id") is { } channel && Field("user_id") is { } user
            ? new SlashCommand(team, channel, user, Field("user_name"), Field("text") ?? string.Empty, Field("response_url"), Field("trigger_id"))
            : null;
    }
}
