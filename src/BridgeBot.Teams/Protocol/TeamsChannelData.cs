using System.Text.Json;
using System.Text.Json.Serialization;

namespace BridgeBot.Teams.Protocol;

/// <summary>
/// The Teams part of <see cref="Activity.ChannelData"/>. In a team channel <c>conversation.id</c> is
/// <c>{channel};messageid={id}</c>, so the channel and team ids are read from here instead.
/// </summary>
public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; set; }

    public TeamInfo? Team { get; set; }

    public ChannelInfo? Channel { get; set; }

    public string? EventType { get; set; }

    public string? TeamsChannelId { get; set; }

    public string? TeamsTeamId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
