using System.Text.Json;
using System.Text.Json.Serialization;
using BridgeBot.Domain.Conflicts;

namespace BridgeBot.Slack.Rendering.Modals;

/// <summary>
/// What a modal remembers in its <c>private_metadata</c> for its submission: the conflict (and the proposal it was
/// opened for), and the channel a new conflict is opened in. Read back without trusting its shape.
/// </summary>
/// <param name="Conflict">The conflict's id, e.g. <c>R-42</c>.</param>
/// <param name="Proposal">The proposal the modal was opened for, if any.</param>
/// <param name="Channel">The channel the modal was opened from.</param>
public sealed record ModalMetadata(
    [property: JsonPropertyName("conflict")] string? Conflict,
    [property: JsonPropertyName("proposal")] int? Proposal,
    [property: JsonPropertyName("channel")] string? Channel)
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static ModalMetadata For(ConflictId id, int? proposal, string? channel) => new(id.ToString(), proposal, channel);

    /// <summary>The conflict, when the metadata names a valid one.</summary>
    public ConflictId? Id => ConflictId.TryParse(Conflict, out var id) ? id : null;

    public string Write() => JsonSerializer.Serialize(this, Json);

    /// <summary>The metadata, or an empty one when it is missing or not BridgeBot's.</summary>
    public static ModalMetadata Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ModalMetadata(null, null, null);
        }

        try
        {
            return JsonSerializer.Deserialize<ModalMetadata>(text, Json) ?? new ModalMetadata(null, null, null);
        }
        catch (JsonException)
        {
            return new ModalMetadata(null, null, null);
        }
    }
}
