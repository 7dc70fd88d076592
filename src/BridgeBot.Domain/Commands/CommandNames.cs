namespace BridgeBot.Domain.Commands;

/// <summary>The command words; renderers, routers and help share these constants.</summary>
public static class CommandNames
{
    /// <summary>help</summary>
    public const string Help = "help";

    /// <summary>open</summary>
    public const string Open = "open";

    /// <summary>list</summary>
    public const string List = "list";

    /// <summary>show</summary>
    public const string Show = "show";

    /// <summary>reason</summary>
    public const string Reason = "reason";

    /// <summary>propose</summary>
    public const string Propose = "propose";

    /// <summary>approve</summary>
    public const string Approve = "approve";

    /// <summary>reject</summary>
    public const string Reject = "reject";

    /// <summary>escalate</summary>
    public const string Escalate = "escalate";

    /// <summary>decide</summary>
    public const string Decide = "decide";

    /// <summary>withdraw</summary>
    public const string Withdraw = "withdraw";

    /// <summary>reopen</summary>
    public const string Reopen = "reopen";

    /// <summary>retro</summary>
    public const string Retro = "retro";

    /// <summary>log</summary>
    public const string Log = "log";

    /// <summary>export</summary>
    public const string Export = "export";

    /// <summary>escalate-to</summary>
    public const string EscalateTo = "escalate-to";

    /// <summary>digest</summary>
    public const string Digest = "digest";
}
