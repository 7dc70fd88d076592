using System.Text.RegularExpressions;

namespace BridgeBot.Teams.Protocol;

/// <summary>
/// Mentions in channel and group-chat messages, where the bot only hears messages that @mention it.
/// Mentions are read from <c>entities</c>, never guessed from the text alone.
/// </summary>
public static partial class ActivityMentionExtensions
{
    public static IReadOnlyList<Mention> GetMentions(this Activity activity) =>
        activity.Entities?
            .Where(entity => string.Equals(entity.Type, Mention.EntityType, StringComparison.OrdinalIgnoreCase))
            .Select(entity => entity.As<Mention>())
            .OfType<Mention>()
            .ToList() ?? [];

    /// <summary>
    /// The text with the bot's own mentions removed and whitespace collapsed, ready for a command parser.
    /// Entity texts are removed first; then any <c>&lt;at&gt;</c> span naming the bot, because Teams' entity
    /// text (<c>&lt;at&gt;@Name&lt;/at&gt;</c>) and message text (<c>&lt;at&gt;Name&lt;/at&gt;</c>) do not always agree.
    /// </summary>
    public static string RemoveRecipientMention(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (activity.Recipient?.Name is { Length: > 0 } recipientName)
        {
            botNames.Add(recipientName);
        }

        foreach (var mention in activity.GetMentions().Where(mention => IsRecipient(activity, mention)))
        {
            if (mention.Mentioned?.Name is { Length: > 0 } name)
            {
                botNames.Add(name);
            }

            var mentionText = string.IsNullOrEmpty(mention.Text) ? $"<at>{mention.Mentioned?.Name}</at>" : mention.Text;
            text = Regex.Replace(text, Regex.Escape(mentionText), " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        text = AtTag().Replace(text, match => botNames.Contains(TagName(match)) ? " " : match.Value);
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>Mentions of anyone but the bot, with the <c>&lt;at&gt;</c> text exactly as it stands in the message.</summary>
    public static IReadOnlyList<UserMention> GetOtherMentions(this Activity activity) =>
        activity.GetMentions()
            .Where(mention => mention.Mentioned?.Id is { Length: > 0 } && !IsRecipient(activity, mention))
            .Select(mention => new UserMention(mention.Mentioned!.Id!, mention.Mentioned.Name, TextInMessage(activity.Text, mention)))
            .Distinct()
            .ToList();

    private static bool IsRecipient(Activity activity, Mention mention) =>
        activity.Recipient?.Id is { Length: > 0 } recipientId
        && string.Equals(mention.Mentioned?.Id, recipientId, StringComparison.OrdinalIgnoreCase);

    private static string TextInMessage(string? text, Mention mention)
    {
        var name = mention.Mentioned?.Name;
        var declared = string.IsNullOrEmpty(mention.Text) ? $"<at>{name}</at>" : mention.Text;
        if (string.IsNullOrEmpty(text))
        {
            return declared;
        }

        var index = text.IndexOf(declared, StringComparison.OrdinalIgnoreCase);
        if (index >= 0)
        {
            return text.Substring(index, declared.Length);
        }

        var tag = AtTag().Matches(text).FirstOrDefault(match => string.Equals(TagName(match), name, StringComparison.OrdinalIgnoreCase));
        return tag?.Value ?? declared;
    }

    private static string TagName(Match match) => match.Groups["name"].Value.Trim().TrimStart('@').Trim();

    [GeneratedRegex("<at>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
