using BridgeBot.Domain.Digests;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Text;
using BridgeBot.Slack.BlockKit;

namespace BridgeBot.Slack.Rendering;

/// <summary>
/// The stand-up digest in Block Kit: a compact message for the channel (counts and the most urgent lines) and the
/// details for its thread. Same words as the Teams cards (<see cref="DigestText"/>); every user text is escaped.
/// </summary>
public static class DigestMessages
{
    /// <summary>The compact digest posted in the channel; the details go in its thread.</summary>
    public static SlackMessage Summary(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var list = new BlockList();
        list.Add(Blocks.Header(DigestText.Title(digest.Day)));
        if (digest.IsEmpty)
        {
            list.Add(Blocks.Context(Mrkdwn.Escape(DigestText.NothingChanged)));
            return list.ToMessage(DigestText.Title(digest.Day) + ": " + DigestText.NothingChanged);
        }

        list.Add(Blocks.Section(Mrkdwn.Bold(Mrkdwn.Escape(DigestText.Counts(digest)))));
        var urgent = DigestText.Urgent(digest).Take(DigestText.UrgentLines).ToArray();
        if (urgent.Length > 0)
        {
            list.Add(Blocks.Section(string.Join("\n", urgent.Select(line => "• " + list.Fit(line, 800)))));
        }

        list.Add(Blocks.Context(Mrkdwn.Escape("Details in the thread.")));
        return list.ToMessage(DigestText.Title(digest.Day) + ": " + DigestText.Counts(digest));
    }

    /// <summary>The details; <paramref name="withTitle"/> for a message shown on its own (<c>digest now</c> answered privately).</summary>
    public static SlackMessage Details(Digest digest, bool withTitle = false)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var list = new BlockList();
        if (withTitle)
        {
            list.Add(Blocks.Header(DigestText.Title(digest.Day)));
            list.Add(Blocks.Context(Mrkdwn.Escape(digest.IsEmpty ? DigestText.NothingChanged : DigestText.Counts(digest))));
        }

        Section(list, "Needs attention", digest.NeedsAttention, (blocks, item) =>
            $"{Mrkdwn.Bold(Mrkdwn.Escape(item.ConflictId.ToString()))} {blocks.Fit(item.Release, 200)}: {Mrkdwn.Bold(blocks.Fit(item.Who.DisplayName, 100))} owes {DigestText.Owed(item.What)}, {DigestText.Waiting(item.DaysWaiting)}");
        Section(list, $"Deadlines within {DigestBuilder.DefaultHorizonDays} days", digest.DeadlinesComing, (blocks, item) =>
            $"{Mrkdwn.Bold(Mrkdwn.Escape(item.ConflictId.ToString()))} {blocks.Fit(item.Release, 200)}: {Mrkdwn.Bold(DisplayText.Date(item.Deadline) + " (" + DisplayText.DaysLeft(item.DaysLeft) + ")")} · {DigestText.Missing(item.MissingInputs)} · {DisplayText.State(item.State)}");
        Section(list, "Escalated", digest.Escalated, (blocks, item) =>
            $"{Mrkdwn.Bold(Mrkdwn.Escape(item.ConflictId.ToString()))} {blocks.Fit(item.Release, 200)}: with {Mrkdwn.Bold(blocks.Fit(item.Escalation.To.DisplayName, 100))} since {Mrkdwn.Escape(DisplayText.Time(item.Escalation.At))}: {blocks.Fit(item.Escalation.Reason, 500)}");
        Section(list, "Decided since the last digest", digest.DecidedSince, Decided);
        return list.ToMessage(DigestText.Title(digest.Day));
    }

    private static string Decided(BlockList blocks, DecisionRecord record)
    {
        var texts = blocks.FitAll([record.Release, record.Decision.Option.Describe(), record.Decision.Rationale], 2400);
        return $"{Mrkdwn.Bold(Mrkdwn.Escape(record.ConflictId.ToString()))} {texts[0]}: {Mrkdwn.Bold(texts[1])}\n" +
            $"{Mrkdwn.Bold("Why:")} {texts[2]}\n" +
            $"Card: `{ReplyMessages.Command} show {Mrkdwn.Escape(record.ConflictId.ToString())}`";
    }

    private static void Section<T>(BlockList list, string heading, IReadOnlyList<T> items, Func<BlockList, T, string> line)
    {
        if (items.Count == 0)
        {
            return;
        }

        list.Add(Blocks.Section(Mrkdwn.Bold(Mrkdwn.Escape(heading))));
        foreach (var item in items)
        {
            list.Add(Blocks.Section(line(list, item)));
        }
    }
}
