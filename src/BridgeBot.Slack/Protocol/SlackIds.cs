using System.Text.RegularExpressions;

namespace BridgeBot.Slack.Protocol;

/// <summary>The shape of Slack's ids, checked before an id is written into mrkdwn or sent to the Web API.</summary>
public static partial class SlackIds
{
    /// <summary>A user id: <c>U…</c>, or <c>W…</c> on Enterprise Grid.</summary>
    public static bool IsUser(string? id) => id is not null && UserId().IsMatch(id);

    [GeneratedRegex("^[UW][A-Z0-9]{2,}$")]
    private static partial Regex UserId();
}
