namespace BridgeBot.Domain.Views;

/// <summary>The parts a viewer plays in one conflict.</summary>
[Flags]
public enum ViewerRoles
{
    /// <summary>Anyone else in the channel: status only.</summary>
    Observer = 0,

    /// <summary>The named product manager.</summary>
    ProductManager = 1 << 0,

    /// <summary>The named project manager.</summary>
    ProjectManager = 1 << 1,

    /// <summary>The workspace's escalation approver.</summary>
    EscalationApprover = 1 << 2,

    /// <summary>Who opened the conflict.</summary>
    Opener = 1 << 3,
}
