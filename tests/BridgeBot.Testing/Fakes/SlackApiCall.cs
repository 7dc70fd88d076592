using System.Text.Json.Nodes;

namespace BridgeBot.Testing.Fakes;

/// <summary>One call the fake Slack Web API received.</summary>
/// <param name="Method">The Web API method (<c>chat.postMessage</c>, …), or <c>response_url</c>.</param>
/// <param name="Body">The JSON body; for form posts, the fields as a JSON object.</param>
/// <param name="Authorization">The Authorization header as sent.</param>
/// <param name="Ts">The message ts the fake answered with, for posts.</param>
public sealed record SlackApiCall(string Method, JsonObject Body, string Authorization, string? Ts)
{
    public string? Channel => Text("channel");

    public string? Text(string key) => Body[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Every text of the blocks (and the fallback text), joined, for assertions.</summary>
    public string AllText => string.Join("\n", Texts(Body));

    private static IEnumerable<string> Texts(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "text" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : p.Value is null ? [] : Texts(p.Value)),
        JsonArray array => array.Where(item => item is not null).SelectMany(item => Texts(item!)),
        _ => [],
    };
}
