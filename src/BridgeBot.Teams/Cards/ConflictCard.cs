using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Views;
using BridgeBot.Teams.Cards.Json;
using BridgeBot.Teams.Cards.Sections;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards;

/// <summary>
/// The conflict card: an Adaptive Card 1.5 drawn from one viewer's <see cref="ConflictView"/>. The copy posted
/// to the channel is drawn for a viewer with no role (status only); its <c>refresh</c> makes Teams ask the bot
/// again for each manager (and the escalation approver), who then get their own view with their buttons.
/// </summary>
public static class ConflictCard
{
    /// <summary>Draws the card for <paramref name="view"/>'s viewer.</summary>
    /// <param name="view">The conflict as the viewer may see it.</param>
    /// <param name="notice">A message to show on top, e.g. why a click changed nothing; null for none.</param>
    public static JsonObject Render(ConflictView view, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<JsonNode>();
        if (notice is not null)
        {
            body.Add(Container([Rich(Run(notice))], style: "attention"));
        }

        body.AddRange(ConflictHeader.Build(view));
        body.Add(ReasoningColumns.Build(view));
        body.AddRange(ProposalSection.Build(view));
        body.AddRange(DecisionSection.Build(view));
        body.AddRange(EscalationSection.Build(view));
        body.AddRange(WithdrawalSection.Build(view));

        var card = AdaptiveCardDocument.Create(body, ConflictActionBar.Build(view), Refresh(view), fullWidth: true);
        return CardSizeFitter.Fit(card, ShortenedNote);
    }

    /// <summary>
    /// Who gets a personal refresh of the card: both managers, and the escalation approver while escalated.
    /// Teams allows 60 ids; BridgeBot needs at most three.
    /// </summary>
    public static IReadOnlyList<string> RefreshUserIds(ConflictView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var ids = new List<string> { view.ProductManager.Id, view.ProjectManager.Id };
        if (view.State == ConflictState.Escalated && view.Escalation is { } escalation)
        {
            ids.Add(escalation.To.Id);
        }

        return ids.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The note a card carries when its longest texts had to be shortened.</summary>
    internal const string ShortenedNote = "Some long texts are shortened (…) to fit a Teams card.";

    private static JsonObject Refresh(ConflictView view) => new()
    {
        ["action"] = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["verb"] = CardVerbs.Refresh,
            ["data"] = new JsonObject { [CardDataKeys.ConflictId] = view.Id.ToString() },
        },
        ["userIds"] = new JsonArray([.. RefreshUserIds(view).Select(id => (JsonNode)id)]),
    };
}
