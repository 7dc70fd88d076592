using System.Text.Json;
using System.Text.Json.Serialization;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Storage.DecisionLog;

/// <summary>Stores a workspace id as its string value.</summary>
internal sealed class WorkspaceIdJsonConverter : JsonConverter<WorkspaceId>
{
    public override WorkspaceId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("Missing workspace id."));

    public override void Write(Utf8JsonWriter writer, WorkspaceId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
