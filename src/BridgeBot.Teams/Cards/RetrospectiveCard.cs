using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Text;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards;

/// <summary>
/// The private retrospective a manager gets in their 1:1 chat after the release: the decision, what they predicted,
/// yes/partly/no and a sentence; and the card that replaces it once they answered.
/// </summary>
public static class RetrospectiveCard
{
    private static readonly (string Title, string Value)[] Answers =
        [.. ImpactText.Answers.Select(answer => (ImpactText.Label(answer), ImpactText.Word(answer)))];

    /// <summary>Draws the question for <paramref name="ask"/>'s manager.</summary>
    public static JsonObject Render(RetrospectiveAsk ask)
    {
        ArgumentNullException.ThrowIfNull(ask);
        var body = new List<JsonNode>
        {
            TextBlock("Did the customer impact you predicted happen?", size: "Large", weight: "Bolder"),
            Rich(Run(ask.ConflictId.ToString(), RunStyle.Bold), Run(": "), Run(ask.Release, RunStyle.Bold)),
            // The decision quotes what people typed (cut items, an "other" option), so it is a plain run, never markdown.
            Rich(Run($"Decision {ask.DecisionNumber}: {ask.Decided}. Released {DisplayText.Date(ask.ReleaseDate)}.")),
        };
        if (ask.Prediction.Length > 0)
        {
            body.Add(Label("What you predicted, as the " + DisplayText.Role(ask.Role)));
            body.Add(Rich(Run(ask.Prediction)));
        }

        body.Add(ChoiceSet(CardInputIds.Retro.Answer, "Did it happen?", Answers, required: "Choose yes, partly or no."));
        body.Add(InputText(
            CardInputIds.Retro.Comment, "In a sentence: what actually happened for customers?", required: "Add a sentence on what happened.",
            multiline: true, maxLength: ConflictLimits.Reason));
        var data = new JsonObject { [CardDataKeys.ConflictId] = ask.ConflictId.ToString() };
        return CardSizeFitter.Fit(
            AdaptiveCardDocument.Create(body, [Execute("Send", CardVerbs.SubmitRetrospective, data, "positive")]), ConflictCard.ShortenedNote);
    }

    /// <summary>The card after <paramref name="answer"/> was logged; <paramref name="notice"/> says why a later answer changed nothing.</summary>
    public static JsonObject Answered(ReleaseConflict conflict, RetrospectiveAnswer answer, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        ArgumentNullException.ThrowIfNull(answer);
        var body = new List<JsonNode>();
        if (notice is not null)
        {
            body.Add(Container([Rich(Run(notice))], style: "attention"));
        }

        body.AddRange(
        [
            TextBlock(notice is null ? "Thank you — your answer is in the decision log" : "Your answer is in the decision log", size: "Medium", weight: "Bolder"),
            Rich(Run(conflict.Id.ToString(), RunStyle.Bold), Run(": "), Run(conflict.Release, RunStyle.Bold), Run($", decision {answer.DecisionNumber}")),
            Label("Did it happen?"),
            TextBlock(ImpactText.Label(answer.Answer)),
            Label("What happened"),
            Rich(Run(answer.Comment)),
        ]);
        return CardSizeFitter.Fit(AdaptiveCardDocument.Create(body), ConflictCard.ShortenedNote);
    }
}
