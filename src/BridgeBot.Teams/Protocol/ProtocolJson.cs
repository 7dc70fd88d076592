using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BridgeBot.Teams.Protocol;

/// <summary>The JSON conventions of the Bot Framework activity protocol.</summary>
public static class ProtocolJson
{
    /// <summary>
    /// camelCase, case-insensitive reading, nulls left out when writing. Unknown members are ignored,
    /// except on the types that keep them in a <see cref="JsonExtensionDataAttribute"/> property. Only what JSON itself
    /// requires is escaped (quotes, backslashes, control characters), as <see cref="Cards.CardJson"/> measures cards:
    /// activities travel as application/json, never inside HTML, and escaping every non-ASCII letter as \uXXXX would
    /// make a card with non-English text up to twice the size its fitting measured.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>
    /// Reads a free-form payload (<c>value</c>, <c>channelData</c>, attachment content) as <typeparamref name="T"/>:
    /// inbound it is a <see cref="JsonElement"/>, outbound it may already be a <typeparamref name="T"/>. A payload of
    /// the wrong shape (a number where an object belongs, …) reads as absent: whoever needs it answers 400, not 500.
    /// </summary>
    public static T? Convert<T>(object? payload)
    {
        try
        {
            return payload switch
            {
                null => default,
                T typed => typed,
                JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => default,
                JsonElement element => element.Deserialize<T>(Options),
                _ => JsonSerializer.SerializeToElement(payload, Options).Deserialize<T>(Options),
            };
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
