using System.Globalization;

namespace BridgeBot.Domain.Digests;

/// <summary>
/// When a channel gets its digest: a local time on some weekdays in an IANA time zone. Due instants are computed in
/// that zone, so a 09:30 digest stays at 09:30 local across daylight-saving changes. A local time that does not exist
/// that day (clocks jump forward) moves forward by the jump (02:30 becomes 03:30); one that occurs twice (clocks fall
/// back) is due once, at its first occurrence.
/// </summary>
/// <param name="LocalTime">The local time of day.</param>
/// <param name="TimeZoneId">An IANA time zone id, e.g. <c>Europe/Berlin</c>.</param>
/// <param name="Days">The weekdays it is posted on; never empty.</param>
/// <param name="Quiet">Whether a day with nothing to report posts nothing instead of one short line.</param>
public sealed record DigestSchedule(TimeOnly LocalTime, string TimeZoneId, IReadOnlySet<DayOfWeek> Days, bool Quiet)
{
    /// <summary>Monday to Friday.</summary>
    public static IReadOnlySet<DayOfWeek> Weekdays { get; } =
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };

    /// <summary>The time zone.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The first due instant strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset NextDue(DateTimeOffset after)
    {
        var zone = Zone;
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime);
        for (var offset = 0; offset <= 8; offset++)
        {
            var day = start.AddDays(offset);
            if (!Days.Contains(day.DayOfWeek))
            {
                continue;
            }

            var due = At(day, LocalTime, zone);
            if (due > after)
            {
                return due;
            }
        }

        throw new InvalidOperationException("A digest schedule needs at least one weekday.");
    }

    /// <summary>The local date of <paramref name="instant"/> in the schedule's zone: the "day" a digest is posted once for.</summary>
    public DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The instant a local date and time denote in <paramref name="zone"/>, resolving gaps and overlaps as described above.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // In the gap: keep the offset from before the jump, which lands the same distance after it.
            var before = zone.GetUtcOffset(local.AddHours(-12));
            return new DateTimeOffset(DateTime.SpecifyKind(local - before, DateTimeKind.Utc)).ToOffset(zone.GetUtcOffset(local.AddHours(12)));
        }

        if (zone.IsAmbiguousTime(local))
        {
            // Twice that day: the larger offset is the earlier instant.
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>E.g. "09:30 Europe/Berlin, weekdays".</summary>
    public string Describe()
    {
        var days = Days.SetEquals(Weekdays)
            ? "weekdays"
            : Days.Count == 7
                ? "every day"
                : string.Join(",", Enum.GetValues<DayOfWeek>().Where(Days.Contains).Select(day => day.ToString()[..3].ToLowerInvariant()));
        return $"{LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture)} {TimeZoneId}, {days}{(Quiet ? ", quiet" : string.Empty)}";
    }
}
