using System.Text.Json.Nodes;
using BridgeBot.Slack.BlockKit;

namespace BridgeBot.Slack.Interactions;

/// <summary>The answer to a modal's submission: close it (an empty 200), or show errors under its inputs.</summary>
/// <param name="Errors">Messages by block id; null to close the modal.</param>
public sealed record ViewAnswer(IReadOnlyDictionary<string, string>? Errors)
{
    /// <summary>Slack shows field errors of up to this many characters.</summary>
    public const int MaxError = 2000;

    public static ViewAnswer Close { get; } = new((IReadOnlyDictionary<string, string>?)null);

    public static ViewAnswer Error(string blockId, string message) =>
        new(new Dictionary<string, string>(StringComparer.Ordinal) { [blockId] = Texts.Cut(message, MaxError) });

    /// <summary>The response body; null for an empty body (closes the modal).</summary>
    public JsonObject? ToJson() => Errors is null
        ? null
        : new JsonObject
        {
            ["response_action"] = "errors",
            ["errors"] = new JsonObject([.. Errors.Select(error => KeyValuePair.Create(error.Key, (JsonNode?)error.Value))]),
        };
}
