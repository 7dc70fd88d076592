namespace BridgeBot.Slack.Interactions;

/// <summary>The <c>callback_id</c> of every modal; <see cref="SlackInteractionRouter"/> binds one submission handler to each.</summary>
public static class SlackCallbackIds
{
    public const string Open = "bridge.open";
    public const string Reason = "bridge.reason";
    public const string Propose = "bridge.propose";
    public const string Decide = "bridge.decide";
    public const string Reject = "bridge.reject";
    public const string Escalate = "bridge.escalate";
    public const string Withdraw = "bridge.withdraw";
    public const string Reopen = "bridge.reopen";

    public const string Retro = "bridge.retro";

    public static IReadOnlyList<string> All { get; } = [Open, Reason, Propose, Decide, Reject, Escalate, Withdraw, Reopen, Retro];
}
