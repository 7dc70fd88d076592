using System.Text.Json.Nodes;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards;

/// <summary>The commands with their syntax and an example, from <see cref="CommandHelp"/>.</summary>
public static class HelpCard
{
    /// <summary>Draws the help for the commands in <paramref name="reply"/>.</summary>
    public static JsonObject Render(HelpReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
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
