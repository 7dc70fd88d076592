using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Interactions;
using BridgeBot.Slack.Rendering.Sections;

namespace BridgeBot.Slack.Rendering;

/// <summary>
/// The messages of replies shown to one person (ephemeral): help, mistakes, refusals, lists and logs. Pure, like
/// every renderer: what to show comes from the reply, and every text is escaped.
/// </summary>
public static class ReplyMessages
{
    /// <summary>How people start a command in Slack.</summary>
    public const string Command = "/bridge";

    private const int ListedConflicts = 40;

    // Help never changes and the router gives one reply per topic, so its blocks are drawn once and kept as immutable
    // JSON; each message gets a thin node over it.
    private static readonly ConditionalWeakTable<HelpReply, DrawnMessage> DrawnHelp = [];

    public static SlackMessage Render(CommandReply reply, UserRef viewer) => reply switch
    {
        HelpReply help => Help(help),
        ErrorReply error => Problem(error.Error.Message, error.Error.Example),
        ConflictReply { Outcome.Refusal: { } refusal } => Refused(refusal),
        ConflictReply conflict => ConflictMessage.Render(conflict.Outcome.ViewFor(viewer)!),
        ReasoningFormReply { Outcome.Refusal: { } refusal } => Refused(refusal),
        ReasoningFormReply form => Text($"Use the “Write your reasoning” button on {form.Outcome.Conflict?.Id}'s message, or type `{Command} reason {form.Outcome.Conflict?.Id}`."),
        ProposalFormReply { Outcome.Refusal: { } refusal } => Refused(refusal),
        ProposalFormReply form => Text($"Use the “Propose” button on {form.Outcome.Conflict?.Id}'s message, or type `{Command} propose {form.Outcome.Conflict?.Id}`."),
        OpenFormReply => Problem("Give every argument, or type " + Command + " open alone for the form.", CommandHelp.ExampleOf(CommandNames.Open)),
        ConflictListReply list => List(list),
        DecisionLogReply log => Decisions(log),
        ConflictLogReply { Outcome.Refusal: { } refusal } => Refused(refusal),
        ConflictLogReply log => ConflictLog(log),
        ExportReply export => Export(export),
        ApproverReply approver => approver.Refusal is { } refusal ? Refused(refusal) : Text(ApproverText(approver)),
        DigestSubscriptionReply subscription => Text(subscription.Text),
        DigestReply digest => DigestMessages.Details(digest.Digest, withTitle: true),
        _ => Text("I have no answer to show for that."),
    };

    /// <summary>A plain line.</summary>
    public static SlackMessage Text(string text)
    {
        var list = new BlockList();
        list.Add(Blocks.Section(list.Fit(text, BlockKitLimits.SectionText)));
        return list.ToMessage(text);
    }

    /// <summary>Why nothing changed.</summary>
    public static SlackMessage Refused(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Text(refusal.Message);
    }

    /// <summary>What was wrong, and a correct command to copy.</summary>
    public static SlackMessage Problem(string message, string example)
    {
        var list = new BlockList();
        list.Add(Blocks.Section(":warning: " + list.Fit(message, BlockKitLimits.SectionText - 100)));
        list.Add(Blocks.Context("For example: `" + list.Fit(Command + " " + example, BlockKitLimits.SectionText - 100) + "`"));
        return list.ToMessage(message);
    }

    private static SlackMessage Help(HelpReply help)
    {
        var drawn = DrawnHelp.GetValue(help, reply =>
        {
            var message = DrawHelp(reply);
            return new DrawnMessage(message.Text, JsonSerializer.SerializeToElement(message.Blocks, SlackJson.Compact));
        });
        return new SlackMessage(drawn.Text, JsonArray.Create(drawn.Blocks)!);
    }

    private static SlackMessage DrawHelp(HelpReply help)
    {
        var list = new BlockList();
        list.Add(Blocks.Header(help.Commands.Count == 1 ? Command + " " + help.Commands[0].Name : "BridgeBot commands"));
        foreach (var spec in help.Commands)
        {
            list.Add(Blocks.Section(
                $"`{Mrkdwn.Escape(Command + " " + spec.Syntax)}`\n{Mrkdwn.Escape(spec.Summary)}\nFor example: `{Mrkdwn.Escape(Command + " " + spec.Example)}`"));
        }

        return list.ToMessage("BridgeBot commands");
    }

    private static SlackMessage List(ConflictListReply reply)
    {
        var list = new BlockList();
        list.Add(Blocks.Header("Open conflicts"));
        if (reply.Conflicts.Count == 0)
        {
            list.Add(Blocks.Section(Mrkdwn.Escape($"No open conflicts. Open one with `{Command} open`.")));
        }

        foreach (var conflict in reply.Conflicts.Take(ListedConflicts))
        {
            var view = ConflictViewBuilder.ForChannel(conflict, reply.Settings, reply.Today);
            list.Add(Blocks.Section(
                $"{Mrkdwn.Bold(list.Fit($"{view.Id} · {view.Release}", 200))} · {Mrkdwn.Escape(DisplayText.State(view.State))} · " +
                $"{Mrkdwn.Escape(DisplayText.Deadline(view.Deadline, view.DaysToDeadline, view.OriginalDeadline))}\n{list.Fit(view.StatusLine, 2000)}"));
        }

        if (reply.Conflicts.Count > ListedConflicts)
        {
            list.Add(Blocks.Context(Mrkdwn.Escape($"…and {reply.Conflicts.Count - ListedConflicts} more. Ask for one with `{Command} show R-…`.")));
        }

        return list.ToMessage($"{reply.Conflicts.Count.ToString(CultureInfo.InvariantCulture)} open conflicts");
    }

    private static SlackMessage Decisions(DecisionLogReply reply)
    {
        var list = new BlockList();
        list.Add(Blocks.Header("Latest decisions"));
        if (reply.Decisions.Count == 0)
        {
            list.Add(Blocks.Section(Mrkdwn.Escape("Nothing has been decided yet.")));
        }

        foreach (var record in reply.Decisions)
        {
            list.Add(DecisionRecordSection.Build(record, list));
        }

        foreach (var block in LogLinkSection.Build("bridge.log", reply.Link,
            $"The whole log (search, filters, charts, CSV) is behind the button; the link works until {DisplayText.Time(reply.Link.ExpiresAt)}."))
        {
            list.Add(block);
        }
        return list.ToMessage("Latest decisions");
    }

    private static SlackMessage ConflictLog(ConflictLogReply reply)
    {
        var list = new BlockList();
        var conflict = reply.Outcome.Conflict!;
        list.Add(Blocks.Header($"{conflict.Id} · {conflict.Release}: log"));
        var lines = reply.Entries.Select(entry => $"{Mrkdwn.Escape(DisplayText.Time(entry.Stamp.At))} · {list.Fit(entry.Summary, 1000)}");
        foreach (var chunk in Chunks(lines, BlockKitLimits.SectionText))
        {
            list.Add(Blocks.Section(chunk));
        }

        return list.ToMessage($"{conflict.Id} log, {reply.Entries.Count.ToString(CultureInfo.InvariantCulture)} entries");
    }

    // Slack cannot take a file without the files API; the CSV is shown as text, shortened to one section.
    private static SlackMessage Export(ExportReply export)
    {
        var list = new BlockList();
        var csv = list.Fit(export.Csv, BlockKitLimits.SectionText - 10);
        list.Add(Blocks.Section(Mrkdwn.Escape($"{export.Rows.ToString(CultureInfo.InvariantCulture)} decisions ({export.FileName})")));
        list.Add(Blocks.Section("```" + csv + "```"));
        return list.ToMessage(export.FileName);
    }

    private static string ApproverText(ApproverReply reply) => reply switch
    {
        { Changed: true, Settings.EscalationApprover: { } approver } => $"{approver} is now the escalation approver of this workspace.",
        { Settings.EscalationApprover: { } approver } => $"{approver} is the escalation approver of this workspace. Change it with `escalate-to @person`.",
        _ => "This workspace has no escalation approver yet. Set one with `escalate-to @person`.",
    };

    /// <summary>Joins lines into texts of at most <paramref name="max"/> characters.</summary>
    private static IEnumerable<string> Chunks(IEnumerable<string> lines, int max)
    {
        var current = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (current.Length > 0 && current.Length + 1 + line.Length > max)
            {
                yield return current.ToString();
                current.Clear();
            }

            current.Append(current.Length > 0 ? "\n" : string.Empty).Append(line);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private sealed record DrawnMessage(string Text, JsonElement Blocks);
}
