using BridgeBot.Domain.Conflicts;

namespace BridgeBot.Domain.Digests;

/// <summary>
/// A conflict still undecided a few working days before its deadline is escalated, so that nothing expires silently.
/// </summary>
public static class DeadlineEscalationPolicy
{
    /// <summary>The default threshold: 3 working days before the deadline.</summary>
    public const int DefaultThresholdDays = 3;

    /// <summary>Whether <paramref name="conflict"/> should be escalated on <paramref name="today"/>.</summary>
    public static bool IsDue(ReleaseConflict conflict, DateOnly today, WorkingHours hours, int thresholdDays = DefaultThresholdDays) =>
        conflict.IsOpen
        && conflict.State != ConflictState.Escalated
        && hours.WorkingDaysBetween(today, conflict.Deadline) <= thresholdDays;
}
