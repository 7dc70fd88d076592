using System.Text.Json.Nodes;

namespace BridgeBot.Testing.Fakes;

/// <summary>One request the fake connector received.</summary>
/// <param name="Kind">send, reply, update or create.</param>
/// <param name="ConversationId">The conversation in the path (for create: the member's id).</param>
/// <param name="ActivityId">The activity in the path, if any.</param>
/// <param name="Body">The JSON body.</param>
/// <param name="Authorization">The Authorization header as sent.</param>
/// <param name="AssignedId">The id the fake answered with.</param>
public sealed record ConnectorRequest(string Kind, string ConversationId, string? ActivityId, JsonNode? Body, string Authorization, string? AssignedId)
{
    /// <summary>The first Adaptive Card attached, if any.</summary>
    public JsonNode? Card => Body?["attachments"]?[0]?["content"];

    /// <summary>All text of the card (every "text" value), joined, for assertions.</summary>
    public string CardText => Card is null ? string.Empty : string.Join("\n", Texts(Card));

    private static IEnumerable<string> Texts(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key is "text" or "title" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : p.Value is null ? [] : Texts(p.Value)),
        JsonArray array => array.Where(item => item is not null).SelectMany(item => Texts(item!)),
        _ => [],
    };
}
