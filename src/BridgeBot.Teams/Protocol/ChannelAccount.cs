using System.Text.Json;
using System.Text.Json.Serialization;

namespace BridgeBot.Teams.Protocol;

/// <summary>A user or bot in a conversation (<c>from</c>, <c>recipient</c>, members).</summary>
public sealed class ChannelAccount
{
    public ChannelAccount()
    {
    }

    public ChannelAccount(string id, string? name = null)
    {
        Id = id;
        Name = name;
    }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
