namespace BridgeBot.Domain.Views;

/// <summary>What someone owes a conflict.</summary>
public enum PendingKind
{
    /// <summary>Their customer-impact reasoning.</summary>
    Reasoning,

    /// <summary>An approval or rejection of the current proposal.</summary>
    Approval,

    /// <summary>A proposal, now that both reasonings are in.</summary>
    Proposal,

    /// <summary>A decision, as the escalation approver.</summary>
    Decision,
}
