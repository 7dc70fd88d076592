using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Commands;

/// <summary>A command as both platforms' users type it after <c>/bridge</c> or an @mention of the bot.</summary>
public abstract record BridgeCommand
{
    /// <summary>The command word, e.g. <c>open</c>; also the key its handler is registered under.</summary>
    public abstract string Name { get; }
}

/// <summary><c>help [command]</c>.</summary>
/// <param name="Topic">A command to explain, or null for the list.</param>
public sealed record HelpCommand(string? Topic) : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.Help;
}

/// <summary><c>open "Release" due YYYY-MM-DD scope "a, b" product @pm project @pjm</c>; incomplete opens a form.</summary>
/// <param name="Draft">What was given; <see cref="OpenDraft.Missing"/> says what is not.</param>
public sealed record OpenCommand(OpenDraft Draft) : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.Open;
}

/// <summary><c>list</c>: the open conflicts of the workspace.</summary>
public sealed record ListCommand : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.List;
}

/// <summary><c>show R-42</c>.</summary>
/// <param name="Id">The conflict.</param>
public sealed record ShowCommand(ConflictId Id) : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.Show;
}

/// <summary><c>reason R-42 [fields…]</c>: without fields, opens the reasoning form.</summary>
/// <param name="Id">The conflict.</param>
/// <param name="Input">The reasoning typed inline, or null for the form.</param>
public sealed record ReasonCommand(ConflictId Id, ReasoningInput? Input) : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.Reason;
}

/// <summary><c>propose R-42 move-date 2027-01-10 because "…"</c>: without an option, opens the proposal form.</summary>
/// <param name="Id">The conflict.</param>
/// <param name="Option">The option, or null for the form.</param>
/// <param name="Rationale">Why.</param>
public sealed record ProposeCommand(ConflictId Id, OptionInput? Option, string? Rationale) : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.Propose;
}

/// <summary><c>approve R-42 [#3] [because "…"]</c>.</summary>
/// <param name="Id">The conflict.</param>
/// <param name="ProposalNumber">The proposal the approver looked at, when given.</param>
/// <param name="Note">Optional note.</param>
public sealed record ApproveCommand(ConflictId Id, int? ProposalNumber, string? Note) : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.Approve;
}

/// <summary><c>reject R-42 [#3] because "…"</c>.</summary>
/// <param name="Id">The conflict.</param>
/// <param name="ProposalNumber">The proposal, when given.</param>
/// <param name="Reason">Why.</param>
public sealed record RejectCommand(ConflictId Id, int? ProposalNumber, string? Reason) : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.Reject;
}

/// <summary><c>escalate R-42 because "…"</c>.</summary>
/// <param name="Id">The conflict.</param>
/// <param name="Reason">Why.</param>
public sealed record EscalateCommand(ConflictId Id, string? Reason) : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.Escalate;
}

/// <summary><c>decide R-42 [option] because "…"</c>, for the escalation approver.</summary>
/// <param name="Id">The conflict.</param>
/// <param name="Option">An option of their own, or null to confirm the current proposal.</param>
/// <param name="Rationale">Why.</param>
public sealed record DecideCommand(ConflictId Id, OptionInput? Option, string? Rationale) : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.Decide;
}

/// <summary><c>withdraw R-42 because "…"</c>.</summary>
/// <param name="Id">The conflict.</param>
/// <param name="Reason">Why.</param>
public sealed record WithdrawCommand(ConflictId Id, string? Reason) : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.Withdraw;
}

/// <summary><c>reopen R-42 because "…"</c>.</summary>
/// <param name="Id">The conflict.</param>
/// <param name="Reason">What changed.</param>
public sealed record ReopenCommand(ConflictId Id, string? Reason) : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.Reopen;
}

/// <summary><c>retro R-42 yes "…"</c>: a manager looks back on whether the customer impact they predicted happened.</summary>
/// <param name="Id">The conflict.</param>
/// <param name="Answer">Yes, partly or no.</param>
/// <param name="Comment">A sentence on what actually happened.</param>
public sealed record RetroCommand(ConflictId Id, ImpactHappened Answer, string? Comment) : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.Retro;
}

/// <summary><c>log [R-42]</c>: the latest decisions, or one conflict's full log.</summary>
/// <param name="Id">A conflict, or null for the workspace's latest decisions.</param>
public sealed record LogCommand(ConflictId? Id) : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.Log;
}

/// <summary><c>export</c>: every decision of the workspace as CSV.</summary>
public sealed record ExportCommand : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.Export;
}

/// <summary>
/// <c>escalate-to @person [days]</c> sets the workspace's escalation approver and, optionally, how many working days
/// before its deadline an undecided conflict is escalated; <c>escalate-to 2</c> changes only the days; alone, shows both.
/// </summary>
/// <param name="Approver">The new approver, or null to keep (or show) the current one.</param>
/// <param name="ThresholdDays">The new threshold in working days, or null to keep it.</param>
public sealed record EscalateToCommand(UserRef? Approver, int? ThresholdDays = null) : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.EscalateTo;
}

/// <summary><c>digest [at 09:30 Europe/Berlin weekdays [quiet] | off | now]</c>: this channel's daily stand-up digest.</summary>
/// <param name="Action">Show, subscribe, off or now.</param>
/// <param name="Schedule">For <see cref="DigestAction.Subscribe"/>, the schedule; otherwise null.</param>
public sealed record DigestCommand(DigestAction Action, Digests.DigestSchedule? Schedule = null) : BridgeCommand
{
    /// <inheritdoc />
    public override string Name => CommandNames.Digest;
}
