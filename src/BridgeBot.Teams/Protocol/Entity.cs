using System.Text.Json;
using System.Text.Json.Serialization;

namespace BridgeBot.Teams.Protocol;

/// <summary>
/// Metadata attached to an activity (<c>mention</c>, <c>clientInfo</c>, ...). Only <c>type</c> is common to
/// all kinds, so the rest is kept as raw JSON and read with <see cref="As{T}"/>.
/// </summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Reads this entity as a typed entity such as <see cref="Mention"/>.</summary>
    public T? As<T>() => JsonSerializer.SerializeToElement(this, ProtocolJson.Options).Deserialize<T>(ProtocolJson.Options);
}
