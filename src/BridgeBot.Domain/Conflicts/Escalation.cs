using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts;

/// <summary>A conflict handed to the workspace's escalation approver.</summary>
/// <param name="To">The approver, who may now decide alone.</param>
/// <param name="By">Who escalated (<see cref="UserRef.System"/> when automatic).</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why.</param>
/// <param name="Automatic">Whether BridgeBot escalated by itself (stalemate or deadline).</param>
public sealed record Escalation(UserRef To, UserRef By, DateTimeOffset At, string Reason, bool Automatic);
