namespace BridgeBot.Teams.Protocol;

/// <summary>The body of <c>POST /v3/conversations</c>.</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public IList<ChannelAccount>? Members { get; set; }

    public string? TopicName { get; set; }

    public Activity? Activity { get; set; }

    public object? ChannelData { get; set; }

    public string? TenantId { get; set; }

    /// <summary>
    /// A personal chat between the bot and one user. Teams wants the tenant both at the top level and in
    /// <c>channelData</c>; without it the call fails for users of other tenants.
    /// </summary>
    public static ConversationParameters OneOnOne(ChannelAccount bot, ChannelAccount user, string tenantId) => new()
    {
        IsGroup = false,
        Bot = bot,
        Members = [user],
        TenantId = tenantId,
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
    };
}
