namespace BridgeBot.Domain.Workspaces;

/// <summary>Settings that apply to every conflict of a workspace.</summary>
/// <param name="EscalationApprover">Who decides alone when a conflict is escalated; none until someone sets it.</param>
/// <param name="Version">Changes with every saved change, for optimistic concurrency.</param>
/// <param name="EscalationThresholdDays">
/// How many working days before its deadline an undecided conflict is escalated to <paramref name="EscalationApprover"/>.
/// </param>
public sealed record WorkspaceSettings(
    UserRef? EscalationApprover,
    int Version,
    int EscalationThresholdDays = Digests.DeadlineEscalationPolicy.DefaultThresholdDays)
{
    /// <summary>The settings of a workspace nobody has configured yet.</summary>
    public static WorkspaceSettings Default { get; } = new(null, 0);
}
