using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Interactions;

namespace BridgeBot.Slack.Rendering;

/// <summary>
/// The private request a manager gets in their DM with the bot: who asks, what is at stake, what to answer, and a
/// button that opens their reasoning modal. After the next change the message becomes their own copy of the conflict.
/// </summary>
public static class ReasoningRequestMessage
{
    public static SlackMessage Render(ConflictView view, UserRef requestedBy)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(requestedBy);
        var list = new BlockList();
        var about = Mrkdwn.Bold(list.Fit($"{view.Id} · {view.Release}", BlockKitLimits.HeaderText));
        list.Add(Blocks.Header("Your customer-impact reasoning, please"));
        list.Add(Blocks.Section($"{Mrkdwn.User(requestedBy)} asks for it on {about}."));
        list.Add(Blocks.Fields(
        [
            Mrkdwn.Bold("Deadline") + "\n" + Mrkdwn.Escape(DisplayText.DueDate(view.Deadline, view.DaysToDeadline, view.OriginalDeadline)),
            Mrkdwn.Bold("Scope at risk") + "\n" + list.Fit(string.Join(", ", view.ScopeAtRisk), BlockKitLimits.FieldText - 20),
            Mrkdwn.Bold("Product manager") + "\n" + Mrkdwn.User(view.ProductManager),
            Mrkdwn.Bold("Project manager") + "\n" + Mrkdwn.User(view.ProjectManager),
        ]));
        if (view.Can(ConflictActions.SubmitReasoning) && view.ReasoningRole is not null)
        {
            list.Add(Blocks.Section(Mrkdwn.Escape(
                "What do customers lose if we hold the date and cut scope? What do they lose if we move the date? " +
                "Who is affected, how badly, and which option do you prefer? The other manager sees your answers only once both of you have submitted.")));
            list.Add(Blocks.Actions("request.actions",
                [Elements.Button("Write your reasoning", SlackActionIds.Reason, ActionValue.For(view.Id, null, view.Version).Write(), "primary")]));
        }
        else
        {
            list.Add(Blocks.Context(list.Fit(view.StatusLine, BlockKitLimits.FieldText)));
        }

        return list.ToMessage($"{requestedBy.DisplayName} asks for your customer-impact reasoning on {view.Id} · {view.Release}");
    }
}
