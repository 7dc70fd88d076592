using System.Text.Json.Nodes;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Slack.BlockKit;

namespace BridgeBot.Slack.Rendering.Sections;

/// <summary>The escalation in force and the withdrawal, each with who and why.</summary>
internal static class EscalationBlocks
{
    public static IEnumerable<JsonObject> Build(ConflictView view, BlockList list)
    {
        if (view.Escalation is { } escalation)
        {
            var by = escalation.Automatic ? "BridgeBot, automatically" : Mrkdwn.User(escalation.By);
            yield return Blocks.Section(
                $":rotating_light: {Mrkdwn.Bold("Escalated to")} {Mrkdwn.User(escalation.To)} by {by} · {Mrkdwn.Escape(DisplayText.Time(escalation.At))}\n" +
                list.Fit(escalation.Reason, BlockKitLimits.SectionText - 300));
        }

        if (view.Withdrawal is { } withdrawal)
        {
            yield return Blocks.Section(
                $"{Mrkdwn.Bold("Withdrawn")} by {Mrkdwn.User(withdrawal.By)} · {Mrkdwn.Escape(DisplayText.Time(withdrawal.At))}\n" +
                list.Fit(withdrawal.Reason, BlockKitLimits.SectionText - 300));
        }
    }
}
