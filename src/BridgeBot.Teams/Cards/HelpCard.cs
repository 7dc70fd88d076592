using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards;

/// <summary>The commands with their syntax and an example, from <see cref="CommandHelp"/>.</summary>
public static class HelpCard
{
    // Help never changes and the router gives one reply per topic, so each is drawn once (drawing it took about 100 KB
    // of nodes) and kept as the JSON that goes on the wire.
    private static readonly ConditionalWeakTable<HelpReply, PreparedCard> Drawn = [];

    /// <summary>The help card for the commands in <paramref name="reply"/>, drawn once per reply, to be sent as it is.</summary>
    public static PreparedCard Prepare(HelpReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return Drawn.GetValue(reply, drawn => new PreparedCard(Draw(drawn)));
    }

    /// <summary>The help card for the commands in <paramref name="reply"/> as a fresh node (drawn once per reply).</summary>
    public static JsonObject Render(HelpReply reply) => Prepare(reply).ToJsonObject();

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
