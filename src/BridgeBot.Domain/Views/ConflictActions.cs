namespace BridgeBot.Domain.Views;

/// <summary>What a viewer may do on a conflict right now. Renderers show exactly these buttons and forms.</summary>
[Flags]
public enum ConflictActions
{
    /// <summary>Nothing: status only.</summary>
    None = 0,

    /// <summary>Write (or revise) their own reasoning; see <see cref="ConflictView.ReasoningRole"/>.</summary>
    SubmitReasoning = 1 << 0,

    /// <summary>Propose or counter-propose.</summary>
    Propose = 1 << 1,

    /// <summary>Approve the current proposal.</summary>
    Approve = 1 << 2,

    /// <summary>Reject the current proposal.</summary>
    Reject = 1 << 3,

    /// <summary>Escalate to the workspace's approver.</summary>
    Escalate = 1 << 4,

    /// <summary>Withdraw the conflict.</summary>
    Withdraw = 1 << 5,

    /// <summary>Reopen the decision.</summary>
    Reopen = 1 << 6,

    /// <summary>Decide alone, as the escalation approver.</summary>
    DecideAsApprover = 1 << 7,
}
