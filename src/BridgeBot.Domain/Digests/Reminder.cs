using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Digests;

/// <summary>A private message to one person about one conflict: a nudge, or the news that a conflict is now theirs to decide.</summary>
/// <param name="To">Who.</param>
/// <param name="ConflictId">About which conflict.</param>
/// <param name="Text">What it says, the same on every platform.</param>
public sealed record Reminder(UserRef To, ConflictId ConflictId, string Text)
{
    /// <summary>A nudge to someone who owes reasoning or an approval.</summary>
    public static Reminder Nudge(ReleaseConflict conflict, PendingInput pending, DateTimeOffset now)
    {
        var days = Math.Max(1, (int)(now - pending.Since).TotalDays);
        var owed = pending.What == PendingKind.Reasoning
            ? $"your customer-impact reasoning (`reason {conflict.Id}`)"
            : $"your approval or rejection of proposal #{conflict.CurrentProposal?.Number} (`approve {conflict.Id}` or `reject {conflict.Id} because \"…\"`)";
        return new Reminder(
            pending.Who,
            conflict.Id,
            $"Reminder: {conflict.Id} “{conflict.Release}” (deadline {conflict.Deadline:yyyy-MM-dd}) has waited {days} day{(days == 1 ? string.Empty : "s")} for {owed}.");
    }

    /// <summary>The news for the escalation approver that a conflict near its deadline is now theirs to decide.</summary>
    public static Reminder Escalated(ReleaseConflict conflict, Escalation escalation) => new(
        escalation.To,
        conflict.Id,
        $"{conflict.Id} “{conflict.Release}” is escalated to you: {escalation.Reason}. You may now decide it alone (`decide {conflict.Id} because \"…\"`).");
}
