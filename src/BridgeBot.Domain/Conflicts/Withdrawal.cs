using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts;

/// <summary>Why and by whom a conflict was withdrawn.</summary>
/// <param name="By">Who withdrew it.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why.</param>
public sealed record Withdrawal(UserRef By, DateTimeOffset At, string Reason);
