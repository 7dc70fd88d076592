using System.Text.Json;
using System.Text.Json.Serialization;
using BridgeBot.Domain.Conflicts;

namespace BridgeBot.Storage.DecisionLog;

/// <summary>Stores a conflict id as its typed form, <c>"R-42"</c>.</summary>
internal sealed class ConflictIdJsonConverter : JsonConverter<ConflictId>
{
    public override ConflictId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ConflictId.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("Not a conflict id.");

    public override void Write(Utf8JsonWriter writer, ConflictId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
