namespace BridgeBot.Slack.Interactions;

/// <summary>
/// The <c>action_id</c> of every button BridgeBot draws. The renderers write them and <see cref="SlackInteractionRouter"/>
/// binds one handler to each, so an id is spelled in exactly one place.
/// </summary>
public static class SlackActionIds
{
    /// <summary>Opens the clicker's reasoning modal.</summary>
    public const string Reason = "bridge.reason";

    /// <summary>Opens the proposal modal.</summary>
    public const string Propose = "bridge.propose";

    /// <summary>Approves the proposal the message showed.</summary>
    public const string Approve = "bridge.approve";

    /// <summary>Asks why, then rejects the proposal the message showed.</summary>
    public const string Reject = "bridge.reject";

    /// <summary>Asks why, then escalates.</summary>
    public const string Escalate = "bridge.escalate";

    /// <summary>Opens the escalation approver's decision modal.</summary>
    public const string Decide = "bridge.decide";

    /// <summary>Asks why, then withdraws.</summary>
    public const string Withdraw = "bridge.withdraw";

    /// <summary>Asks what changed, then reopens.</summary>
    public const string Reopen = "bridge.reopen";

    /// <summary>A link button that opens the decision-log page; Slack opens the link itself, so its click needs nothing.</summary>
    public const string OpenLog = "bridge.open_log";

    /// <summary>Opens the retrospective modal with "yes, it happened" chosen.</summary>
    public const string RetroYes = "bridge.retro_yes";

    /// <summary>Opens the retrospective modal with "partly" chosen.</summary>
    public const string RetroPartly = "bridge.retro_partly";

    /// <summary>Opens the retrospective modal with "no, it did not" chosen.</summary>
    public const string RetroNo = "bridge.retro_no";

    /// <summary>The buttons that carry an action for the router (link buttons are not among them).</summary>
    public static IReadOnlyList<string> All { get; } = [Reason, Propose, Approve, Reject, Escalate, Decide, Withdraw, Reopen, RetroYes, RetroPartly, RetroNo];
}
