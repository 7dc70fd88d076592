using System.Text.Json.Nodes;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Text;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards;

/// <summary>One conflict's log: every entry's summary with its sequence number and time.</summary>
public static class ConflictLogCard
{
    /// <summary>The latest entries shown; older ones are counted.</summary>
    public const int MaxEntries = 80;

    /// <summary>Draws the log, or why there is none (no such conflict).</summary>
    public static JsonObject Render(ConflictLogReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Outcome.Conflict is not { } conflict)
        {
            return MessageCard.Render(reply.Outcome.Refusal?.Message ?? "No such conflict.", problem: true);
        }

        var body = new List<JsonNode>
        {
            Rich(Run("Log of " + conflict.Id + "  ", RunStyle.Bold | RunStyle.Large), Run(conflict.Release, RunStyle.Bold | RunStyle.Large)),
        };
        var skipped = Math.Max(0, reply.Entries.Count - MaxEntries);
        if (skipped > 0)
        {
            body.Add(TextBlock($"The first {DisplayText.Number(skipped)} entries are left out; these are the latest {DisplayText.Number(MaxEntries)}.",
                subtle: true));
        }

        // Summaries never carry reasoning (the log is shown to people it may still be hidden from).
        body.AddRange(reply.Entries.Skip(skipped).Select(entry => (JsonNode)Rich(
            Run("#" + DisplayText.Number(entry.Stamp.Sequence) + "  ", RunStyle.Bold),
            Run(DisplayText.Time(entry.Stamp.At) + "  ", RunStyle.Subtle),
            Run(entry.Summary))));
        return CardSizeFitter.Fit(AdaptiveCardDocument.Create(body), ConflictCard.ShortenedNote);
    }
}
