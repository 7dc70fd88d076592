using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Text;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Interactions;
using BridgeBot.Slack.Rendering.Modals;

namespace BridgeBot.Slack.Rendering;

/// <summary>
/// The retrospective a manager gets in their DM with the bot after the release: the decision, what they predicted, and
/// Yes / Partly / No buttons, each opening a modal for the sentence.
/// </summary>
public static class RetrospectiveMessage
{
    public static SlackMessage Render(RetrospectiveAsk ask)
    {
        ArgumentNullException.ThrowIfNull(ask);
        var list = new BlockList();
        list.Add(Blocks.Header("Did the customer impact you predicted happen?"));
        list.Add(Blocks.Section(
            Mrkdwn.Bold(list.Fit($"{ask.ConflictId} · {ask.Release}", BlockKitLimits.HeaderText)) + "\n"
            + list.Fit($"Decision {ask.DecisionNumber}: {ask.Decided}. Released {DisplayText.Date(ask.ReleaseDate)}.", BlockKitLimits.SectionText - 200)));
        if (ask.Prediction.Length > 0)
        {
            list.Add(Blocks.Section(
                Mrkdwn.Bold("What you predicted, as the " + DisplayText.Role(ask.Role)) + "\n"
                + list.Fit(ask.Prediction, BlockKitLimits.SectionText - 100)));
        }

        // No version: an answer is for the decision in force whenever it is given, and the domain refuses a second one.
        var value = ActionValue.For(ask.ConflictId, null, 0).Write();
        list.Add(Blocks.Actions("retro.actions", RetrospectiveModal.Answers.Select(choice =>
            Elements.Button(choice.Label, RetrospectiveModal.ButtonFor(choice.Answer), value))));
        return list.ToMessage($"Did the customer impact you predicted for {ask.ConflictId} · {ask.Release} happen?");
    }
}
