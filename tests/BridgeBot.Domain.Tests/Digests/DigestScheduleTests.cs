using BridgeBot.Domain.Digests;

namespace BridgeBot.Domain.Tests.Digests;

public class DigestScheduleTests
{
    private static DigestSchedule Schedule(int hour, int minute, string zone, IReadOnlySet<DayOfWeek>? days = null) =>
        new(new TimeOnly(hour, minute), zone, days ?? DigestSchedule.Weekdays, Quiet: false);

    private static DateTimeOffset Utc(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Berlin_SpringForward_StaysAtNineThirtyLocal()
    {
        var schedule = Schedule(9, 30, "Europe/Berlin");

        // Friday 27 March 09:30 CET is 08:30Z; clocks go forward on Sunday 29 March.
        var friday = schedule.NextDue(Utc(3, 27, 6, 0));
        var monday = schedule.NextDue(friday);

        Assert.Equal(Utc(3, 27, 8, 30), friday);
        Assert.Equal(Utc(3, 30, 7, 30), monday);
        Assert.Equal(new TimeOnly(9, 30), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(monday, schedule.Zone).DateTime));
    }

    [Fact]
    public void Berlin_FallBack_StaysAtNineThirtyLocal()
    {
        var schedule = Schedule(9, 30, "Europe/Berlin");

        var friday = schedule.NextDue(Utc(10, 23, 0, 0));
        var monday = schedule.NextDue(friday);

        Assert.Equal(Utc(10, 23, 7, 30), friday);
        Assert.Equal(Utc(10, 26, 8, 30), monday);
    }

    [Fact]
    public void NewYork_BothChanges_StayAtNineThirtyLocal()
    {
        var daily = Schedule(9, 30, "America/New_York", Enum.GetValues<DayOfWeek>().ToHashSet());

        Assert.Equal(Utc(3, 8, 13, 30), daily.NextDue(Utc(3, 7, 14, 30)));
        Assert.Equal(Utc(11, 1, 14, 30), daily.NextDue(Utc(10, 31, 13, 30)));
    }

    [Fact]
    public void NewYork_TimeInTheSpringGap_MovesForwardByTheGap()
    {
        var daily = Schedule(2, 30, "America/New_York", Enum.GetValues<DayOfWeek>().ToHashSet());

        var due = daily.NextDue(Utc(3, 8, 0, 0));

        Assert.Equal(Utc(3, 8, 7, 30), due);
        Assert.Equal(new TimeOnly(3, 30), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, daily.Zone).DateTime));
        Assert.Equal(new DateOnly(2026, 3, 8), daily.LocalDay(due));
    }

    [Fact]
    public void NewYork_TimeThatOccursTwice_IsDueOnce()
    {
        var daily = Schedule(1, 30, "America/New_York", Enum.GetValues<DayOfWeek>().ToHashSet());

        var first = daily.NextDue(Utc(11, 1, 0, 0));
        var next = daily.NextDue(first);

        Assert.Equal(Utc(11, 1, 5, 30), first);
        Assert.Equal(Utc(11, 2, 6, 30), next);
    }

    [Fact]
    public void Weekdays_SkipTheWeekend()
    {
        var schedule = Schedule(9, 0, "Europe/Berlin");

        var due = schedule.NextDue(Utc(11, 20, 9, 0));

        Assert.Equal(DayOfWeek.Monday, schedule.LocalDay(due).DayOfWeek);
    }

    [Fact]
    public void ChosenDays_AreTheOnlyDays()
    {
        var schedule = Schedule(9, 0, "UTC", new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday });
        var dues = new List<DayOfWeek>();
        var at = Utc(11, 22, 12, 0);
        for (var i = 0; i < 6; i++)
        {
            at = schedule.NextDue(at);
            dues.Add(at.DayOfWeek);
        }

        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], dues);
        Assert.Equal("09:00 UTC, mon,wed,fri", schedule.Describe());
    }
}
