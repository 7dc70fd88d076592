using System.Text.Json;
using System.Text.Json.Serialization;

namespace BridgeBot.Teams.Protocol;

/// <summary>
/// One Bot Framework activity, inbound or outbound. Members this model does not name are kept in
/// <see cref="Properties"/> so that an activity read and written again loses nothing.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? LocalTimezone { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public string? Locale { get; set; }

    public string? Summary { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public string? AttachmentLayout { get; set; }

    public IList<Entity>? Entities { get; set; }

    /// <summary>Inbound a <see cref="JsonElement"/>; read the Teams part with <see cref="ActivityExtensions.GetTeamsChannelData"/>.</summary>
    public object? ChannelData { get; set; }

    /// <summary>Inbound a <see cref="JsonElement"/>: Action.Submit data, or the invoke payload.</summary>
    public object? Value { get; set; }

    /// <summary>The invoke or event name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; set; }

    public string? ReplyToId { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>For <c>installationUpdate</c>: <c>add</c> or <c>remove</c>.</summary>
    public string? Action { get; set; }

    public string? DeliveryMode { get; set; }

    public string? CallerId { get; set; }

    public ConversationReference? RelatesTo { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
