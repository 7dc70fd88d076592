using System.Text.Json.Nodes;

namespace BridgeBot.Teams.Cards.Json;

/// <summary>
/// Keeps a card under <see cref="CardJson.MaxBytes"/>. Everything a person typed is a TextRun (see
/// <see cref="AdaptiveElements"/>), so shortening the longest runs step by step shortens exactly the
/// longest user texts; labels and ids stay intact, and a note on the card says that texts were shortened.
/// Input values are never cut: a shortened prefill would be submitted back as if the person wrote it. When
/// even the shortest runs leave no room (a revision form prefilled with four long answers in a script of
/// three bytes a letter), long prefills are left out instead, and the card says so.
/// </summary>
internal static class CardSizeFitter
{
    /// <summary>Said when a form could not be filled in again with what the person wrote before.</summary>
    public const string PrefillNote = "Your earlier answers are too long to fill into the form again.";

    private const int LongPrefill = 300;

    private static readonly int[] RunLimits = [600, 300, 150, 80, 40];

    public static JsonObject Fit(JsonObject card, string note)
    {
        if (CardJson.Utf8Length(card) <= CardJson.MaxBytes)
        {
            return card;
        }

        var candidate = card;
        foreach (var dropPrefills in new[] { false, true })
        {
            foreach (var limit in RunLimits)
            {
                candidate = card.DeepClone().AsObject();
                var dropped = dropPrefills && DropLongPrefills(candidate);
                if (!Shorten(candidate, limit) && !dropped)
                {
                    continue;
                }

                AddNote(candidate, note);
                if (dropped)
                {
                    AddNote(candidate, PrefillNote);
                }

                if (CardJson.Utf8Length(candidate) <= CardJson.MaxBytes)
                {
                    return candidate;
                }
            }
        }

        // Only a card whose structure alone is too large gets here; the size tests keep that from happening.
        return candidate;
    }

    private static void AddNote(JsonObject card, string note) =>
        card["body"]!.AsArray().Add(AdaptiveElements.TextBlock(note, size: "Small", subtle: true, spacing: "Medium"));

    private static bool DropLongPrefills(JsonObject card)
    {
        var inputs = Objects(card)
            .Where(obj => (string?)obj["type"] == "Input.Text" && obj["value"] is JsonValue value && value.GetValue<string>().Length > LongPrefill)
            .ToArray();
        foreach (var input in inputs)
        {
            input.Remove("value");
        }

        return inputs.Length > 0;
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(pair => Objects(pair.Value)).Prepend(obj),
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };

    private static bool Shorten(JsonObject card, int limit)
    {
        var runs = Objects(card)
            .Where(obj => (string?)obj["type"] == "TextRun" && obj["text"] is JsonValue text && text.GetValue<string>().Length > limit)
            .ToArray();
        foreach (var run in runs)
        {
            run["text"] = Cut(run["text"]!.GetValue<string>(), limit);
        }

        return runs.Length > 0;
    }

    private static string Cut(string text, int limit)
    {
        // Never split a surrogate pair: half an emoji is not text.
        var end = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        return text[..end].TrimEnd() + "…";
    }
}
