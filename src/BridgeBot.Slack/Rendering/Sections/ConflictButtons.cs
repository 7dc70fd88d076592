using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Interactions;

namespace BridgeBot.Slack.Rendering.Sections;

/// <summary>
/// One button per action in <see cref="ConflictView.Actions"/> and nothing else: whether anyone may act is the
/// domain's answer, so a view without actions gets no buttons.
/// </summary>
internal static class ConflictButtons
{
    public const string BlockId = "conflict.actions";

    public static IEnumerable<JsonObject> Build(ConflictView view)
    {
        var buttons = Buttons(view).ToArray();
        return buttons.Length == 0 ? [] : [Blocks.Actions(BlockId, buttons)];
    }

    private static IEnumerable<JsonObject> Buttons(ConflictView view)
    {
        var proposal = view.Proposal;
        var value = ActionValue.For(view.Id, proposal?.Number, view.Version).Write();
        if (view.Can(ConflictActions.SubmitReasoning))
        {
            yield return Elements.Button(ReasoningLabel(view), SlackActionIds.Reason, value, "primary");
        }

        if (view.Can(ConflictActions.Approve) && proposal is not null)
        {
            yield return Elements.Button($"Approve #{DisplayText.Number(proposal.Number)}", SlackActionIds.Approve, value, "primary");
        }

        if (view.Can(ConflictActions.Reject) && proposal is not null)
        {
            yield return Elements.Button($"Reject #{DisplayText.Number(proposal.Number)}", SlackActionIds.Reject, value, "danger");
        }

        if (view.Can(ConflictActions.Propose))
        {
            yield return Elements.Button(proposal is null ? "Propose" : "Counter-propose", SlackActionIds.Propose, value);
        }

        if (view.Can(ConflictActions.DecideAsApprover))
        {
            yield return Elements.Button("Decide", SlackActionIds.Decide, value, "primary");
        }

        if (view.Can(ConflictActions.Escalate))
        {
            yield return Elements.Button("Escalate", SlackActionIds.Escalate, value);
        }

        if (view.Can(ConflictActions.Reopen))
        {
            yield return Elements.Button("Reopen", SlackActionIds.Reopen, value);
        }

        if (view.Can(ConflictActions.Withdraw))
        {
            yield return Elements.Button("Withdraw", SlackActionIds.Withdraw, value, "danger");
        }
    }

    /// <summary>A manager's own copy says whose reasoning; the shared copy invites whichever manager clicks.</summary>
    private static string ReasoningLabel(ConflictView view) => view.ReasoningRole switch
    {
        ManagerRole role when (role == ManagerRole.Product ? view.Product : view.Project).Visibility != ReasoningVisibility.Missing
            => "Revise your reasoning",
        ManagerRole => "Write your reasoning",
        _ => "Write reasoning",
    };
}
