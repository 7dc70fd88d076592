using System.Text.Json.Nodes;

namespace BridgeBot.Slack.BlockKit;

/// <summary>Block Kit text objects. Plain text is shown literally by Slack, so it is only cut to its limit, never escaped.</summary>
public static class Texts
{
    /// <summary>A plain_text object, cut to <paramref name="max"/> characters.</summary>
    public static JsonObject Plain(string text, int max) => new()
    {
        ["type"] = "plain_text",
        ["text"] = Cut(text, max),
        ["emoji"] = true,
    };

    /// <summary>A mrkdwn object; <paramref name="mrkdwn"/> is already escaped and fitted by the caller.</summary>
    public static JsonObject Mrkdwn(string mrkdwn) => new() { ["type"] = "mrkdwn", ["text"] = mrkdwn };

    /// <summary>Plain text cut to <paramref name="max"/> characters with "…", never inside a surrogate pair.</summary>
    public static string Cut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var end = max - 1;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end] + "…";
    }
}
