using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Teams.Cards.Forms;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards.Sections;

/// <summary>
/// The card's buttons, one per action in <see cref="ConflictView.Actions"/> and nothing else: whether a viewer
/// may act is the domain's answer, so a viewer with no actions gets a card without buttons.
/// </summary>
internal static class ConflictActionBar
{
    public static IEnumerable<JsonNode> Build(ConflictView view)
    {
        var proposal = view.Proposal;
        if (view.Can(ConflictActions.SubmitReasoning) && view.ReasoningRole is { } role)
        {
            var revising = (role == ManagerRole.Product ? view.Product : view.Project).Visibility != ReasoningVisibility.Missing;
            yield return ShowCard(revising ? "Revise your reasoning" : "Write your reasoning", ReasoningForm.Inputs(view, role), [ReasoningForm.Submit(view)]);
        }

        if (view.Can(ConflictActions.Approve) && proposal is not null)
        {
            yield return Execute($"Approve #{DisplayText.Number(proposal.Number)}", CardVerbs.Approve, ActionData.For(view, proposal.Number), style: "positive");
        }

        if (view.Can(ConflictActions.Reject) && proposal is not null)
        {
            yield return ReasonForm.Button(
                $"Reject #{DisplayText.Number(proposal.Number)}", CardInputIds.RejectReason, "Why do you reject it?",
                "Say why, so the next proposal can address it.", CardVerbs.Reject, ActionData.For(view, proposal.Number), style: "destructive");
        }

        if (view.Can(ConflictActions.Propose))
        {
            yield return ShowCard(
                proposal is null ? "Propose" : "Counter-propose",
                OptionForm.Inputs(OptionFormIds.Propose, view, "What do you propose?"),
                [OptionForm.SubmitProposal(view)]);
        }

        if (view.Can(ConflictActions.DecideAsApprover))
        {
            yield return ShowCard(
                "Decide",
                OptionForm.Inputs(OptionFormIds.Decide, view, "What do you decide?", proposal),
                [Execute("Decide", CardVerbs.Decide, ActionData.For(view), style: "positive")]);
        }

        if (view.Can(ConflictActions.Escalate))
        {
            yield return ReasonForm.Button(
                "Escalate", CardInputIds.EscalateReason, "Why escalate? What is stuck?",
                "Say why you escalate, so the approver knows what is stuck.", CardVerbs.Escalate, ActionData.For(view));
        }

        if (view.Can(ConflictActions.Reopen))
        {
            yield return ReasonForm.Button(
                "Reopen", CardInputIds.ReopenReason, "What changed since the decision?",
                "Say what changed since the decision.", CardVerbs.Reopen, ActionData.For(view));
        }

        if (view.Can(ConflictActions.Withdraw))
        {
            yield return ReasonForm.Button(
                "Withdraw", CardInputIds.WithdrawReason, "Why withdraw it?",
                "Say why you withdraw it.", CardVerbs.Withdraw, ActionData.For(view), style: "destructive");
        }
    }
}
