using System.Text.Json.Nodes;

namespace BridgeBot.Teams.Tests.Cards.Support;

/// <summary>Finds things in a rendered card the way a client would: elements, inputs, actions, texts.</summary>
internal static class CardQuery
{
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) =>
        Objects(card).Where(obj => (string?)obj["type"] == type);

    /// <summary>Titles of the card's own buttons (not those inside show-cards).</summary>
    public static IReadOnlyList<string> ButtonTitles(JsonObject card) =>
        card["actions"]?.AsArray().Select(action => (string)action!["title"]!).ToArray() ?? [];

    /// <summary>Every Action.Execute verb anywhere in the card.</summary>
    public static IReadOnlyList<string> Verbs(JsonObject card) =>
        OfType(card, "Action.Execute").Where(action => action.Parent is not JsonObject { } parent || parent["userIds"] is null)
            .Select(action => (string)action["verb"]!).ToArray();

    /// <summary>
    /// The Action.Execute with <paramref name="verb"/> and the inputs a client sends with it: those of the
    /// card it sits in (a show-card's card, or the card itself).
    /// </summary>
    public static (JsonObject Action, IReadOnlyList<JsonObject> Inputs) Form(JsonObject card, string verb)
    {
        foreach (var host in Cards(card))
        {
            var action = host["actions"]?.AsArray().OfType<JsonObject>()
                .FirstOrDefault(candidate => (string?)candidate["type"] == "Action.Execute" && (string?)candidate["verb"] == verb);
            if (action is not null)
            {
                var inputs = Objects(host["body"]).Where(obj => ((string?)obj["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);
                return (action, inputs.ToArray());
            }
        }

        throw new InvalidOperationException($"No Action.Execute with verb {verb} on the card.");
    }

    /// <summary>The text of every TextRun.</summary>
    public static IReadOnlyList<string> RunTexts(JsonNode card) =>
        OfType(card, "TextRun").Select(run => (string)run["text"]!).ToArray();

    /// <summary>The text of every TextBlock (markdown to Teams).</summary>
    public static IReadOnlyList<string> TextBlockTexts(JsonNode card) =>
        OfType(card, "TextBlock").Select(block => (string)block["text"]!).ToArray();

    private static IEnumerable<JsonObject> Cards(JsonObject card)
    {
        yield return card;
        foreach (var showCard in OfType(card, "Action.ShowCard"))
        {
            yield return showCard["card"]!.AsObject();
        }
    }
}
