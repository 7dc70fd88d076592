using System.Text.Json.Nodes;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Text;
using BridgeBot.Slack.BlockKit;

namespace BridgeBot.Slack.Rendering.Sections;

/// <summary>One decision of the log as a line of "latest decisions": conflict, release, option, date and why.</summary>
internal static class DecisionRecordSection
{
    private const int TextBudget = 2500;

    public static JsonObject Build(DecisionRecord record, BlockList list)
    {
        var decision = record.Decision;
        var texts = list.FitAll([record.Release, decision.Option.Describe(), decision.Rationale], TextBudget);
        var supersedes = record.Supersedes is { } number ? $" (supersedes decision {DisplayText.Number(number)})" : string.Empty;
        return Blocks.Section(
            $"{Mrkdwn.Bold($"{record.ConflictId} · {texts[0]}")} · decision {DisplayText.Number(decision.Number)}{supersedes}\n" +
            $"{texts[1]} · release date {DisplayText.Date(decision.ReleaseDate)}\n{Mrkdwn.Bold("Why:")} {texts[2]}\n" +
            $"{Mrkdwn.Escape(DisplayText.Time(decision.DecidedAt))}");
    }
}
