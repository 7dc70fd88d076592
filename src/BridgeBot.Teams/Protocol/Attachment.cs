using System.Text.Json;
using System.Text.Json.Serialization;

namespace BridgeBot.Teams.Protocol;

/// <summary>A card or file attached to an activity.</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    /// <summary>Inbound a <see cref="JsonElement"/>; outbound any serializable value, e.g. a card.</summary>
    public object? Content { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
