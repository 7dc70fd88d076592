using System.Text.Json.Nodes;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards;

/// <summary>A short card for refusals, errors and confirmations: a message and, for mistakes, a command to copy.</summary>
public static class MessageCard
{
    /// <summary>A message; <paramref name="example"/> is shown as a command to copy; <paramref name="problem"/> colours it as a warning.</summary>
    public static JsonObject Render(string message, string? example = null, bool problem = false)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = new List<JsonNode> { Container([Rich(Run(message))], style: problem ? "attention" : null) };
        if (example is not null)
        {
            body.Add(Label("For example"));
            body.Add(Rich(Run(example, RunStyle.Code)));
        }

        return CardSizeFitter.Fit(AdaptiveCardDocument.Create(body), ConflictCard.ShortenedNote);
    }

    /// <summary>A command that could not be read: what was wrong and a correct example.</summary>
    public static JsonObject Render(ErrorReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return Render(reply.Error.Message, reply.Error.Example, problem: true);
    }

    /// <summary>Why nothing changed.</summary>
    public static JsonObject Render(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Render(refusal.Message, problem: true);
    }
}
