namespace BridgeBot.Teams.Protocol;

/// <summary>The team channel in Teams <c>channelData</c>.</summary>
public sealed class ChannelInfo
{
    public string? Id { get; set; }

    public string? Name { get; set; }
}
