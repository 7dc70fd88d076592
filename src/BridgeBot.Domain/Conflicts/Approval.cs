using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts;

/// <summary>A manager's approval of one proposal.</summary>
/// <param name="Role">The approving manager's role.</param>
/// <param name="By">The manager.</param>
/// <param name="At">When.</param>
/// <param name="Note">Optional words with the approval.</param>
public sealed record Approval(ManagerRole Role, UserRef By, DateTimeOffset At, string Note);
