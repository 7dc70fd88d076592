using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Views;

namespace BridgeBot.Domain.Digests;

/// <summary>Builds a digest from the open conflicts and the decisions since the last digest. Pure.</summary>
public static class DigestBuilder
{
    /// <summary>How far ahead a deadline counts as coming, by default.</summary>
    public const int DefaultHorizonDays = 7;

    /// <summary>The digest for <paramref name="day"/>.</summary>
    /// <param name="open">The workspace's open conflicts.</param>
    /// <param name="decidedSince">Decisions since the previous digest (any order).</param>
    /// <param name="now">The current instant, for waiting times.</param>
    /// <param name="day">The local day of the digest, for days to deadlines.</param>
    /// <param name="horizonDays">How far ahead a deadline counts as coming.</param>
    public static Digest Build(
        IEnumerable<ReleaseConflict> open,
        IEnumerable<DecisionRecord> decidedSince,
        DateTimeOffset now,
        DateOnly day,
        int horizonDays = DefaultHorizonDays)
    {
        var conflicts = open.Where(conflict => conflict.IsOpen).ToArray();
        var attention = conflicts
            .SelectMany(conflict => ConflictViewBuilder.WaitingOn(conflict).Select(pending => new AttentionItem(
                conflict.Id, conflict.Release, pending.Who, pending.What, pending.Since, Math.Max(0, (int)(now - pending.Since).TotalDays))))
            .OrderBy(item => item.Since)
            .ThenBy(item => item.ConflictId.Number)
            .ToArray();
        var deadlines = conflicts
            .Select(conflict => new DeadlineItem(
                conflict.Id, conflict.Release, conflict.Deadline, conflict.Deadline.DayNumber - day.DayNumber,
                ConflictViewBuilder.WaitingOn(conflict).Count, conflict.State))
            .Where(item => item.DaysLeft <= horizonDays)
            .OrderBy(item => item.DaysLeft)
            .ThenByDescending(item => item.MissingInputs)
            .ThenBy(item => item.ConflictId.Number)
            .ToArray();
        var escalated = conflicts
            .Where(conflict => conflict.State == ConflictState.Escalated && conflict.Escalation is not null)
            .Select(conflict => new EscalatedItem(conflict.Id, conflict.Release, conflict.Escalation!))
            .OrderBy(item => item.Escalation.At)
            .ToArray();
        var decided = decidedSince.OrderByDescending(record => record.Decision.DecidedAt).ToArray();
        return new Digest(day, attention, deadlines, escalated, decided);
    }
}
