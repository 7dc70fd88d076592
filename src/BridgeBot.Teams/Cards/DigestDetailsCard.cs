using BridgeBot.Domain.Text;
using System.Text.Json.Nodes;
using BridgeBot.Domain.Digests;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Views;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards;

/// <summary>
/// The digest's details, posted in the compact card's reply chain (and shown whole for <c>digest now</c>): who owes
/// what and for how long, deadlines coming, escalations, and each decision since the last digest with its why.
/// </summary>
public static class DigestDetailsCard
{
    /// <summary>Draws the details; <paramref name="withTitle"/> for a card shown on its own (<c>digest now</c>).</summary>
    public static JsonObject Render(Digest digest, bool withTitle = false)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var body = new List<JsonNode>();
        if (withTitle)
        {
            body.Add(TextBlock(DigestText.Title(digest.Day), size: "Medium", weight: "Bolder"));
            body.Add(TextBlock(digest.IsEmpty ? DigestText.NothingChanged : DigestText.Counts(digest), subtle: digest.IsEmpty));
        }

        Section(body, "Needs attention", digest.NeedsAttention, Attention);
        Section(body, $"Deadlines within {DigestBuilder.DefaultHorizonDays} days", digest.DeadlinesComing, Deadline);
        Section(body, "Escalated", digest.Escalated, Escalated);
        Section(body, "Decided since the last digest", digest.DecidedSince, Decided);
        return CardSizeFitter.Fit(AdaptiveCardDocument.Create(body), ConflictCard.ShortenedNote);
    }

    private static void Section<T>(List<JsonNode> body, string heading, IReadOnlyList<T> items, Func<T, JsonObject> draw)
    {
        if (items.Count == 0)
        {
            return;
        }

        body.Add(Heading(heading));
        body.AddRange(items.Select(item => (JsonNode)draw(item)));
    }

    private static JsonObject Attention(AttentionItem item) => Rich(
        Run(item.ConflictId + " ", RunStyle.Bold),
        Run(item.Release + ": "),
        Run(item.Who.DisplayName, RunStyle.Bold),
        Run(" owes " + DigestText.Owed(item.What) + ", " + DigestText.Waiting(item.DaysWaiting)));

    private static JsonObject Deadline(DeadlineItem item) => Rich(
        Run(item.ConflictId + " ", RunStyle.Bold),
        Run(item.Release + ": "),
        Run(DisplayText.Date(item.Deadline) + " (" + DisplayText.DaysLeft(item.DaysLeft) + ")", RunStyle.Bold),
        Run(" · " + DigestText.Missing(item.MissingInputs) + " · " + DisplayText.State(item.State), RunStyle.Subtle));

    private static JsonObject Escalated(EscalatedItem item) => Rich(
        Run(item.ConflictId + " ", RunStyle.Bold),
        Run(item.Release + ": with "),
        Run(item.Escalation.To.DisplayName, RunStyle.Bold),
        Run(" since " + DisplayText.Time(item.Escalation.At) + ": " + item.Escalation.Reason, RunStyle.Subtle));

    private static JsonObject Decided(DecisionRecord record) => Container(
        [
            Rich(Run(record.ConflictId + " ", RunStyle.Bold), Run(record.Release + ": "), Run(record.Decision.Option.Describe(), RunStyle.Bold)),
            Rich(Run("Why: ", RunStyle.Subtle), Run(record.Decision.Rationale)),
            Rich(Run("Card: ", RunStyle.Subtle), Run("show " + record.ConflictId, RunStyle.Code)),
        ],
        spacing: "Small");
}
