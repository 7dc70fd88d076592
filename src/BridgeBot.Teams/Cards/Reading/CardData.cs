using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BridgeBot.Teams.Cards.Reading;

/// <summary>
/// Reads an action's <c>data</c> (BridgeBot's keys plus the inputs the client merged in) without trusting
/// its shape: a client, an old card or a forged request may send any JSON type, and none of that may throw.
/// </summary>
internal sealed class CardData(JsonObject values)
{
    public static CardData From(JsonNode? node) => new(node as JsonObject ?? []);

    /// <summary>The text at <paramref name="key"/>; null when absent, blank, or not a scalar.</summary>
    public string? Text(string key)
    {
        if (!values.TryGetPropertyValue(key, out var node) || node is not JsonValue value)
        {
            return null;
        }

        var text = value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>A whole number given as a number or as digits; null otherwise.</summary>
    public int? Number(string key) =>
        int.TryParse(Text(key), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>
    /// A <c>YYYY-MM-DD</c> date. False only when something was given that is not such a date;
    /// an empty field is true with a null date.
    /// </summary>
    public bool TryDate(string key, out DateOnly? date)
    {
        date = null;
        var text = Text(key);
        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
