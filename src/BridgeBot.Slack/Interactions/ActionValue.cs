using System.Text.Json;
using System.Text.Json.Serialization;
using BridgeBot.Domain.Conflicts;

namespace BridgeBot.Slack.Interactions;

/// <summary>
/// What a button carries in its <c>value</c>: the conflict, the proposal it showed (so an approval of a replaced
/// proposal is refused as stale), and the version it was drawn from. Read back without trusting its shape.
/// </summary>
/// <param name="Conflict">The conflict's id, e.g. <c>R-42</c>.</param>
/// <param name="Proposal">The proposal number the button was drawn for, if any.</param>
/// <param name="Version">The conflict's version when drawn.</param>
public sealed record ActionValue(
    [property: JsonPropertyName("conflict")] string Conflict,
    [property: JsonPropertyName("proposal")] int? Proposal,
    [property: JsonPropertyName("version")] int Version)
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static ActionValue For(ConflictId id, int? proposal, int version) => new(id.ToString(), proposal, version);

    public string Write() => JsonSerializer.Serialize(this, Json);

    /// <summary>The value and its conflict id; null when the value is not one BridgeBot drew.</summary>
    public static (ActionValue Value, ConflictId Id)? TryRead(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            var read = JsonSerializer.Deserialize<ActionValue>(value, Json);
            return read is not null && ConflictId.TryParse(read.Conflict, out var id) ? (read, id) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
