using System.Text.Json.Nodes;

namespace BridgeBot.Teams.Cards.Json;

/// <summary>
/// Keeps a card under <see cref="CardJson.MaxBytes"/>. Everything a person typed is a TextRun (see
/// <see cref="AdaptiveElements"/>), so shortening the longest runs step by step shortens exactly the
/// longest user texts; labels and ids stay intact, and a note on the card says that texts were shortened.
/// Input values are never cut: a shortened prefill would be submitted back as if the person wrote it.
/// </summary>
internal static class CardSizeFitter
{
    private static readonly int[] RunLimits = [600, 300, 150, 80, 40];

    public static JsonObject Fit(JsonObject card, string note)
    {
        if (CardJson.Utf8Length(card) <= CardJson.MaxBytes)
        {
            return card;
        }

        var candidate = card;
        foreach (var limit in RunLimits)
        {
            candidate = card.DeepClone().AsObject();
            if (!Shorten(candidate, limit))
            {
                continue;
            }

            candidate["body"]!.AsArray().Add(AdaptiveElements.TextBlock(note, size: "Small", subtle: true, spacing: "Medium"));
            if (CardJson.Utf8Length(candidate) <= CardJson.MaxBytes)
            {
                return candidate;
            }
        }

        // Only a card whose structure alone is too large gets here; the size tests keep that from happening.
        return candidate;
    }

    private static bool Shorten(JsonNode? node, int limit)
    {
        var shortened = false;
        switch (node)
        {
            case JsonObject run when (string?)run["type"] == "TextRun" && run["text"] is JsonValue value
                && value.GetValue<string>() is { } text && text.Length > limit:
                run["text"] = Cut(text, limit);
                return true;
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    shortened |= Shorten(child, limit);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    shortened |= Shorten(child, limit);
                }

                break;
        }

        return shortened;
    }

    private static string Cut(string text, int limit)
    {
        // Never split a surrogate pair: half an emoji is not text.
        var end = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        return text[..end].TrimEnd() + "…";
    }
}
