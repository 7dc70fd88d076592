using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BridgeBot.Teams.Cards;

/// <summary>How BridgeBot writes cards as JSON, and the size a card may have.</summary>
public static class CardJson
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>
    /// The most UTF-8 bytes one serialized card may take. Teams takes about 100 KB per bot message, but
    /// incoming webhooks and Workflows stop at about 28 KB; staying under the lower figure leaves room for
    /// the activity around the card and lets the same card be posted either way.
    /// </summary>
    public const int MaxBytes = 28 * 1024;

    // Cards travel as application/json, never inside HTML, so only what JSON itself requires is escaped;
    // escaping every non-ASCII letter as \uXXXX would triple the size of most non-English text.
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    /// <summary>The card as JSON text; <paramref name="indented"/> for files people read.</summary>
    public static string Serialize(JsonObject card, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.ToJsonString(indented ? Indented : Compact);
    }

    /// <summary>The card's size as sent: compact JSON in UTF-8.</summary>
    public static int Utf8Length(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToUtf8Bytes(card, Compact).Length;
    }
}
