using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Slack.BlockKit;

namespace BridgeBot.Slack.Rendering.Sections;

/// <summary>The current proposal (option, why, who approved, who it waits for) and the last rejection.</summary>
internal static class ProposalBlocks
{
    private const int TextBudget = BlockKitLimits.SectionText - 300;

    public static IEnumerable<JsonObject> Build(ConflictView view, BlockList list)
    {
        if (view.Proposal is { } proposal)
        {
            var texts = list.FitAll([proposal.Option.Describe(), proposal.Rationale], TextBudget);
            yield return Blocks.Section(
                $"{Mrkdwn.Bold($"Proposal #{DisplayText.Number(proposal.Number)}")} · {texts[0]}\n{Mrkdwn.Bold("Why:")} {texts[1]}\n" +
                $"Proposed by {Mrkdwn.User(proposal.ProposedBy)} · {Mrkdwn.Escape(DisplayText.Time(proposal.ProposedAt))}");
            yield return Blocks.Section(Approvals(proposal, view.ProposalWaitsFor, list));
        }

        if (view.LastRejection is { } rejection)
        {
            var texts = list.FitAll([rejection.Proposal.Option.Describe(), rejection.Reason], TextBudget);
            yield return Blocks.Section(
                $"{Mrkdwn.Bold($"Proposal #{DisplayText.Number(rejection.Proposal.Number)} was rejected")} · {texts[0]}\n" +
                $"{Mrkdwn.User(rejection.By)}: {texts[1]}");
        }
    }

    private static string Approvals(Proposal proposal, Domain.Workspaces.UserRef? waitsFor, BlockList list)
    {
        var lines = new List<string> { "Approved by " + DisplayText.Names(proposal.Approvals.Select(approval => Mrkdwn.User(approval.By))) };
        var notes = proposal.Approvals.Where(approval => approval.Note.Length > 0).ToArray();
        var fitted = list.FitAll([.. notes.Select(approval => approval.Note)], TextBudget);
        lines.AddRange(notes.Select((approval, i) => $"{Mrkdwn.User(approval.By)}: {fitted[i]}"));
        if (waitsFor is not null)
        {
            lines.Add("Waiting for " + Mrkdwn.User(waitsFor));
        }

        return string.Join("\n", lines);
    }
}
