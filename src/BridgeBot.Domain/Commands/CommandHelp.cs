namespace BridgeBot.Domain.Commands;

/// <summary>Every command with its syntax and an example; help cards, error messages and app manifests use these.</summary>
public static class CommandHelp
{
    /// <summary>All commands in the order help lists them.</summary>
    public static IReadOnlyList<CommandSpec> All { get; } =
    [
        new(CommandNames.Open, "open \"<release>\" due <YYYY-MM-DD> scope \"<items>\" product @<person> project @<person>",
            "open \"Checkout 2.4\" due 2026-12-15 scope \"SSO, audit export\" product @ana project @ben",
            "Open a release conflict and ask both managers for their customer-impact reasoning. Without arguments, a form opens."),
        new(CommandNames.List, "list", "list", "List the open conflicts of this workspace."),
        new(CommandNames.Show, "show <id>", "show R-42", "Show a conflict's card."),
        new(CommandNames.Reason, "reason <id> [hold \"…\" move \"…\" affected \"…\" severity <low|medium|high|critical> prefer <option> notes \"…\"]",
            "reason R-42 hold \"Enterprise trials stall without SSO\" move \"Black Friday shoppers miss the faster checkout\" affected \"12 enterprise trials\" severity high prefer phased",
            "Write your customer-impact reasoning; without fields, a form opens."),
        new(CommandNames.Propose, "propose <id> <hold-date cut \"<items>\" | move-date <YYYY-MM-DD> | phased \"<scope>\" <date> then \"<scope>\" <date> | other \"<text>\"> because \"<why>\"",
            "propose R-42 move-date 2027-01-10 because \"Enterprise customers need SSO on day one\"",
            "Propose a decision (or counter-propose); it replaces the current proposal and its approvals."),
        new(CommandNames.Approve, "approve <id> [#<proposal>] [because \"<note>\"]", "approve R-42", "Approve the current proposal; both approvals decide."),
        new(CommandNames.Reject, "reject <id> [#<proposal>] because \"<why>\"", "reject R-42 because \"Trials convert only with SSO\"",
            "Reject the current proposal, saying why."),
        new(CommandNames.Escalate, "escalate <id> because \"<why>\"", "escalate R-42 because \"We cannot agree before the code freeze\"",
            "Hand the conflict to the workspace's escalation approver."),
        new(CommandNames.Decide, "decide <id> [<option>] because \"<why>\"", "decide R-42 because \"SSO matters more than the date\"",
            "As the escalation approver, confirm the current proposal or decide an option of your own."),
        new(CommandNames.Withdraw, "withdraw <id> because \"<why>\"", "withdraw R-42 because \"SSO made it after all\"", "Withdraw a conflict."),
        new(CommandNames.Reopen, "reopen <id> because \"<what changed>\"", "reopen R-42 because \"The SSO vendor slipped a month\"",
            "Reopen a decision; the next decision supersedes it."),
        new(CommandNames.Log, "log [<id>]", "log R-42", "The latest decisions and a link to the whole log (search, filters, charts, CSV), or one conflict's full log."),
        new(CommandNames.Export, "export", "export", "Every decision of this workspace as a CSV file."),
        new(CommandNames.EscalateTo, "escalate-to [@<person>] [<working days>]", "escalate-to @carol 3",
            "Set (or show) who decides escalated conflicts, and how many working days before its deadline an undecided conflict goes to them (default 3)."),
        new(CommandNames.Digest, "digest [at <HH:mm> <IANA time zone> [weekdays | daily | mon,wed,fri] [quiet] | off | now]",
            "digest at 09:30 Europe/Berlin weekdays",
            "Post a daily stand-up digest in this channel at its local time (quiet: skip days with nothing to report); off stops it, now shows it at once, and alone it shows the setting."),
        new(CommandNames.Retro, "retro <id> <yes|partly|no> \"<what happened>\"", "retro R-42 yes \"Trials stalled until SSO shipped, as predicted\"",
            "After the release, say whether the customer impact you predicted happened; BridgeBot asks you privately when it is time."),
        new(CommandNames.Help, "help [<command>]", "help propose", "Show the commands, or how to write one."),
    ];

    /// <summary>The spec of <paramref name="name"/>, if it is a command.</summary>
    public static CommandSpec? Find(string? name) =>
        All.FirstOrDefault(spec => string.Equals(spec.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The example of <paramref name="name"/>.</summary>
    public static string ExampleOf(string name) => Find(name)?.Example ?? "help";
}
