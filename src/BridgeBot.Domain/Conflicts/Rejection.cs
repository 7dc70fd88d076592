using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts;

/// <summary>The last rejected proposal and why, shown until the next proposal.</summary>
/// <param name="Proposal">The rejected proposal.</param>
/// <param name="Role">The rejecting manager's role.</param>
/// <param name="By">The rejecting manager.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why.</param>
public sealed record Rejection(Proposal Proposal, ManagerRole Role, UserRef By, DateTimeOffset At, string Reason);
