namespace BridgeBot.Domain.Conflicts;

/// <summary>Where a conflict is in its life.</summary>
public enum ConflictState
{
    /// <summary>Opened; at least one manager still owes their customer-impact reasoning.</summary>
    AwaitingReasoning,

    /// <summary>Both reasonings are in; nobody has proposed yet (or the last proposal was rejected).</summary>
    ReadyToDecide,

    /// <summary>A proposal waits for the other manager's approval.</summary>
    Proposed,

    /// <summary>Both managers (or the escalation approver) decided. Can be reopened.</summary>
    Decided,

    /// <summary>Handed to the workspace's escalation approver, who may decide alone.</summary>
    Escalated,

    /// <summary>Withdrawn with a reason; nothing more happens.</summary>
    Withdrawn,

    /// <summary>A decided conflict opened again; the next decision supersedes the previous one.</summary>
    Reopened,
}
