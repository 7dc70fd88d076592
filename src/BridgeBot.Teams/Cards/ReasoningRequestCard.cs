using System.Text.Json.Nodes;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Cards.Forms;
using BridgeBot.Teams.Cards.Json;
using BridgeBot.Teams.Cards.Sections;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards;

/// <summary>
/// The private 1:1 request to one manager: who asks, what the conflict is about, and the reasoning form laid
/// out in full. A manager who may not write reasoning now (say, it is locked) sees where things stand instead.
/// </summary>
public static class ReasoningRequestCard
{
    /// <summary>Draws the request for <paramref name="view"/>'s viewer, one of the two managers.</summary>
    /// <param name="view">The conflict as that manager sees it.</param>
    /// <param name="requestedBy">Who asks (usually whoever opened the conflict); null when the manager asked for the form.</param>
    public static JsonObject Render(ConflictView view, UserRef? requestedBy)
    {
        ArgumentNullException.ThrowIfNull(view);
        var about = new[] { Run(view.Id.ToString(), RunStyle.Bold), Run(": "), Run(view.Release, RunStyle.Bold) };
        var body = new List<JsonNode>
        {
            TextBlock("Your customer-impact reasoning, please", size: "Large", weight: "Bolder"),
            requestedBy is null
                ? Rich(about)
                : Rich([Run(requestedBy.DisplayName, RunStyle.Bold), Run(" asks for it on "), .. about]),
            TextBlock(DisplayText.Deadline(view.Deadline, view.DaysToDeadline, view.OriginalDeadline)),
            Label("Scope at risk"),
            Rich(Run(string.Join(", ", view.ScopeAtRisk))),
            ConflictHeader.Managers(view),
        };

        var actions = new List<JsonNode>();
        if (view.Can(ConflictActions.SubmitReasoning) && view.ReasoningRole is { } role)
        {
            body.AddRange(ReasoningForm.Inputs(view, role));
            actions.Add(ReasoningForm.Submit(view));
        }
        else
        {
            body.Add(ConflictHeader.Status(view));
        }

        return CardSizeFitter.Fit(AdaptiveCardDocument.Create(body, actions), ConflictCard.ShortenedNote);
    }
}
