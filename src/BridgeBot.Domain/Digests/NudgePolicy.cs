using BridgeBot.Domain.Views;

namespace BridgeBot.Domain.Digests;

/// <summary>
/// When a manager who owes reasoning or an approval gets a private reminder: at most once per working day, inside
/// working hours in the subscription's time zone, and not on the day they were asked (the request itself was the reminder).
/// </summary>
public static class NudgePolicy
{
    /// <summary>Whether to nudge now.</summary>
    /// <param name="pending">What is owed, since when.</param>
    /// <param name="lastNudgedDay">The local day of the last nudge about this conflict to this person, if any.</param>
    /// <param name="now">Now.</param>
    /// <param name="zone">The subscription's time zone.</param>
    /// <param name="hours">Working hours.</param>
    public static bool IsDue(PendingInput pending, DateOnly? lastNudgedDay, DateTimeOffset now, TimeZoneInfo zone, WorkingHours hours)
    {
        if (pending.What is not (PendingKind.Reasoning or PendingKind.Approval) || !hours.Contains(now, zone))
        {
            return false;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var askedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(pending.Since, zone).DateTime);
        return askedOn < today && lastNudgedDay != today;
    }
}
