namespace BridgeBot.Teams.Protocol;

/// <summary>What to persist about a conversation to message it later (proactively).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }

    public ChannelAccount? User { get; set; }

    public ChannelAccount? Bot { get; set; }

    /// <summary>Includes <see cref="ConversationAccount.TenantId"/>, needed to open a 1:1 chat later.</summary>
    public ConversationAccount? Conversation { get; set; }

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    public string? Locale { get; set; }
}
