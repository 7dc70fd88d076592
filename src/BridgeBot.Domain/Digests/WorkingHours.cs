namespace BridgeBot.Domain.Digests;

/// <summary>When people may be nudged: a local time window on some weekdays.</summary>
/// <param name="Start">Start of the working day, local.</param>
/// <param name="End">End of the working day, local (exclusive).</param>
/// <param name="Days">Working days.</param>
public sealed record WorkingHours(TimeOnly Start, TimeOnly End, IReadOnlySet<DayOfWeek> Days)
{
    /// <summary>09:00–17:00, Monday to Friday.</summary>
    public static WorkingHours Default { get; } = new(new TimeOnly(9, 0), new TimeOnly(17, 0), DigestSchedule.Weekdays);

    /// <summary>Whether <paramref name="instant"/> falls inside working hours in <paramref name="zone"/>.</summary>
    public bool Contains(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return Days.Contains(local.DayOfWeek) && time >= Start && time < End;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when <paramref name="to"/> is not later).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (Days.Contains(day.DayOfWeek))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The first start of a working day strictly after <paramref name="after"/> in <paramref name="timeZoneId"/> (when the daily sweep runs).</summary>
    public DateTimeOffset NextStart(DateTimeOffset after, string timeZoneId) => new DigestSchedule(Start, timeZoneId, Days, Quiet: false).NextDue(after);
}
