namespace BridgeBot.Teams.Protocol;

/// <summary>The team in Teams <c>channelData</c>.</summary>
public sealed class TeamInfo
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadGroupId { get; set; }
}
