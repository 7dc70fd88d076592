namespace BridgeBot.Slack.Handling;

/// <summary>The command in an @mention: the text without the bot's own leading mention (<c>&lt;@UBOT&gt;</c> or <c>&lt;@UBOT|bridgebot&gt;</c>).</summary>
public static class MentionText
{
    public static string Strip(string? text, string? botUserId)
    {
        var rest = (text ?? string.Empty).TrimStart();
        while (rest.StartsWith("<@", StringComparison.Ordinal) && rest.IndexOf('>', StringComparison.Ordinal) is var end and > 2)
        {
            var id = rest[2..end].Split('|')[0];
            if (botUserId is not null && id != botUserId)
            {
                break;
            }

            rest = rest[(end + 1)..].TrimStart();
            if (botUserId is null)
            {
                // Without the bot's id only the first mention can be assumed to be the bot's.
                break;
            }
        }

        return rest;
    }
}
