namespace BridgeBot.Teams.Protocol;

/// <summary>The Entra tenant in Teams <c>channelData</c>.</summary>
public sealed class TenantInfo
{
    public TenantInfo()
    {
    }

    public TenantInfo(string id) => Id = id;

    public string? Id { get; set; }
}
