using System.Text.Json.Nodes;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Teams.Cards.Forms;
using BridgeBot.Teams.Cards.Json;
using BridgeBot.Teams.Cards.Sections;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards;

/// <summary>
/// The proposal form on its own (the answer to <c>propose R-42</c> without an option), with both reasonings above
/// it: a proposal is judged against what both managers said.
/// </summary>
public static class ProposalFormCard
{
    /// <summary>Draws the form for <paramref name="view"/>'s viewer, or where things stand if they may not propose.</summary>
    public static JsonObject Render(ConflictView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<JsonNode>
        {
            Rich(Run("Propose a decision on " + view.Id + ": ", RunStyle.Bold | RunStyle.Large), Run(view.Release, RunStyle.Bold | RunStyle.Large)),
            TextBlock(DisplayText.Deadline(view.Deadline, view.DaysToDeadline, view.OriginalDeadline)),
            ReasoningColumns.Build(view),
        };

        var actions = new List<JsonNode>();
        if (view.Can(ConflictActions.Propose))
        {
            body.AddRange(OptionForm.Inputs(OptionFormIds.Propose, view, "What do you propose?"));
            actions.Add(OptionForm.SubmitProposal(view));
        }
        else
        {
            body.Add(ConflictHeader.Status(view));
        }

        return CardSizeFitter.Fit(AdaptiveCardDocument.Create(body, actions, fullWidth: true), ConflictCard.ShortenedNote);
    }

}
