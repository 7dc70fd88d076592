using System.Text.Json.Nodes;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Text;
using BridgeBot.Teams.Cards.Json;
using BridgeBot.Teams.Cards.Sections;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards;

/// <summary>The workspace's latest decisions and why, newest first.</summary>
public static class DecisionLogCard
{
    /// <summary>The button that opens the whole log.</summary>
    public const string OpenLogTitle = "Open the decision log";

    /// <summary>Draws the decisions in <paramref name="reply"/>, and the signed link to the whole log.</summary>
    public static JsonObject Render(DecisionLogReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var body = new List<JsonNode> { TextBlock("Latest decisions", size: "Large", weight: "Bolder") };
        if (reply.Decisions.Count == 0)
        {
            body.Add(TextBlock("No decisions yet.", subtle: true));
        }

        body.AddRange(reply.Decisions.Select(record => (JsonNode)Entry(record)));
        body.Add(TextBlock(
            $"The whole log (search, filters, charts, CSV) opens with the button below; the link works until {DisplayText.Time(reply.Link.ExpiresAt)}.",
            subtle: true, spacing: "Medium"));
        return CardSizeFitter.Fit(AdaptiveCardDocument.Create(body, [OpenUrl(OpenLogTitle, reply.Link.Url)]), ConflictCard.ShortenedNote);
    }

    private static JsonObject Entry(DecisionRecord record)
    {
        var decision = record.Decision;
        var title = $"  decision {DisplayText.Number(decision.Number)}" +
            (record.Supersedes is { } old ? $", supersedes {DisplayText.Number(old)}" : string.Empty);
        return Container(
            [
                Rich(Run(record.ConflictId + "  ", RunStyle.Bold), Run(record.Release, RunStyle.Bold), Run(title, RunStyle.Subtle)),
                Rich(Run(decision.Option.Describe())),
                TextBlock($"Release date {DisplayText.Date(decision.ReleaseDate)} · decided {DisplayText.Time(decision.DecidedAt)}",
                    subtle: true, spacing: "None"),
                Rich(Run("Why: ", RunStyle.Subtle), Run(decision.Rationale)),
                DecisionSection.DecidedBy(decision),
            ],
            separator: true);
    }
}
