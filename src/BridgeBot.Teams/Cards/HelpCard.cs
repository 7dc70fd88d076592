using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards;

/// <summary>The commands with their syntax and an example, from <see cref="CommandHelp"/>.</summary>
public static class HelpCard
{
    // Help never changes and the router gives one reply per topic, so each is drawn once and kept as immutable JSON; a
    // card made from it is a thin node over that JSON, written out as it is (drawing it took about 100 KB of nodes).
    private static readonly ConditionalWeakTable<HelpReply, StrongBox<JsonElement>> Drawn = [];

    /// <summary>The help card for the commands in <paramref name="reply"/> (a fresh node each time; its JSON is drawn once per reply).</summary>
    public static JsonObject Render(HelpReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var json = Drawn.GetValue(reply, drawn => new StrongBox<JsonElement>(JsonSerializer.SerializeToElement(Draw(drawn)))).Value;
        return JsonObject.Create(json)!;
    }

    private static JsonObject Draw(HelpReply reply)
    {
        var body = new List<JsonNode>
        {
            TextBlock("BridgeBot commands", size: "Large", weight: "Bolder"),
            TextBlock("Write a command to BridgeBot; in a channel or group chat, mention BridgeBot first.", subtle: true, spacing: "None"),
        };

        // Syntax is full of <placeholders> and quotes that Teams markdown would eat, so it goes in runs.
        body.AddRange(reply.Commands.Select(spec => (JsonNode)Container(
            [
                Rich(Run(spec.Name, RunStyle.Bold | RunStyle.Code), Run("  " + spec.Summary)),
                Rich(Run(spec.Syntax, RunStyle.Code | RunStyle.Subtle)),
                Rich(Run("e.g. ", RunStyle.Subtle), Run(spec.Example, RunStyle.Code)),
            ],
            separator: true)));
        return AdaptiveCardDocument.Create(body);
    }
}
