namespace BridgeBot.Teams.Cards;

/// <summary>
/// The <c>verb</c> of every <c>Action.Execute</c> BridgeBot draws. The renderer writes them and the invoke
/// router binds one handler to each, so a verb is spelled in exactly one place.
/// </summary>
public static class CardVerbs
{
    /// <summary>The card-level refresh: redraws the conflict for the person looking at it.</summary>
    public const string Refresh = "refresh";

    /// <summary>Submits the reasoning form.</summary>
    public const string SubmitReasoning = "reason.submit";

    /// <summary>Submits the proposal form.</summary>
    public const string SubmitProposal = "propose.submit";

    /// <summary>Approves the proposal the card showed.</summary>
    public const string Approve = "approve";

    /// <summary>Rejects the proposal the card showed, with a reason.</summary>
    public const string Reject = "reject";

    /// <summary>Escalates, with a reason.</summary>
    public const string Escalate = "escalate";

    /// <summary>The escalation approver decides.</summary>
    public const string Decide = "decide";

    /// <summary>Withdraws, with a reason.</summary>
    public const string Withdraw = "withdraw";

    /// <summary>Reopens a decision, with what changed.</summary>
    public const string Reopen = "reopen";

    /// <summary>Submits the form that opens a conflict.</summary>
    public const string SubmitOpen = "open.submit";

    /// <summary>Submits a manager's retrospective answer (did the impact they predicted happen?).</summary>
    public const string SubmitRetrospective = "retro.submit";

    /// <summary>Every verb, for routers that check they bound them all.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Refresh, SubmitReasoning, SubmitProposal, Approve, Reject, Escalate, Decide, Withdraw, Reopen, SubmitOpen, SubmitRetrospective];
}
