namespace BridgeBot.Teams.Protocol;

/// <summary>The connector's answer to creating a conversation (for Teams 1:1, an <c>a:…</c> id).</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }

    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }
}
