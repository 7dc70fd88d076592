namespace BridgeBot.Teams.Protocol;

/// <summary>Addressing helpers: replies, references for proactive sends, typed payloads.</summary>
public static class ActivityExtensions
{
    /// <summary>The minimum to persist to message this conversation later.</summary>
    public static ConversationReference GetConversationReference(this Activity activity) => new()
    {
        ActivityId = activity.Id,
        User = activity.From,
        Bot = activity.Recipient,
        Conversation = activity.Conversation,
        ChannelId = activity.ChannelId,
        ServiceUrl = activity.ServiceUrl,
        Locale = activity.Locale,
    };

    /// <summary>A message from the bot back to the sender, in the same conversation, threaded to <paramref name="activity"/>.</summary>
    public static Activity CreateReply(this Activity activity, string? text = null, string? locale = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = activity.ChannelId,
        ServiceUrl = activity.ServiceUrl,
        Conversation = activity.Conversation,
        From = activity.Recipient,
        Recipient = activity.From,
        ReplyToId = activity.Id,
        Text = text,
        Locale = locale ?? activity.Locale,
        Attachments = [],
        Entities = [],
    };

    public static TeamsChannelData? GetTeamsChannelData(this Activity activity) =>
        ProtocolJson.Convert<TeamsChannelData>(activity.ChannelData);

    /// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke, or null for any other activity.</summary>
    public static AdaptiveCardInvokeValue? GetAdaptiveCardInvokeValue(this Activity activity) =>
        activity.Type == ActivityTypes.Invoke && activity.Name == AdaptiveCardInvokeValue.InvokeName
            ? ProtocolJson.Convert<AdaptiveCardInvokeValue>(activity.Value)
            : null;
}
