using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Slack.BlockKit;

namespace BridgeBot.Slack.Rendering.Sections;

/// <summary>The decision in force and, after a reopening, the decision it superseded with what changed.</summary>
internal static class DecisionBlocks
{
    private const int TextBudget = BlockKitLimits.SectionText - 400;

    public static IEnumerable<JsonObject> Build(ConflictView view, BlockList list)
    {
        if (view.Decision is not { } decision)
        {
            yield break;
        }

        var texts = list.FitAll([decision.Option.Describe(), decision.Rationale], TextBudget);
        yield return Blocks.Section(
            $":white_check_mark: {Mrkdwn.Bold($"Decision {DisplayText.Number(decision.Number)}")} · {texts[0]}\n" +
            $"Release date {DisplayText.Date(decision.ReleaseDate)}\n{Mrkdwn.Bold("Why:")} {texts[1]}\n" +
            $"{DecidedBy(decision)} · {Mrkdwn.Escape(DisplayText.Time(decision.DecidedAt))}");
        if (view.PreviousDecision is { } previous)
        {
            yield return Superseded(previous, view.Changes, list);
        }
    }

    /// <summary>Both managers' approvals, or the escalation approver alone.</summary>
    public static string DecidedBy(Decision decision) => decision.DecidedByApprover is { } approver
        ? $"Decided by {Mrkdwn.User(approver)} (escalation approver)"
        : "Approved by " + DisplayText.Names(decision.Approvals.Select(approval => Mrkdwn.User(approval.By)));

    private static JsonObject Superseded(Decision previous, IReadOnlyList<DecisionChange> changes, BlockList list)
    {
        var texts = list.FitAll([previous.Option.Describe(), previous.Rationale, .. changes.SelectMany(c => new[] { c.Before, c.After })], TextBudget);
        var lines = new List<string>
        {
            $"{Mrkdwn.Bold($"Supersedes decision {DisplayText.Number(previous.Number)}")} of {Mrkdwn.Escape(DisplayText.Time(previous.DecidedAt))} · {texts[0]}",
            $"Why then: {texts[1]}",
        };
        lines.AddRange(changes.Count == 0
            ? ["_Same option, release date and scope as before._"]
            : changes.Select((change, i) => $"• {Mrkdwn.Escape(change.What)}: {texts[2 + (2 * i)]} → {texts[3 + (2 * i)]}"));
        return Blocks.Section(string.Join("\n", lines));
    }
}
