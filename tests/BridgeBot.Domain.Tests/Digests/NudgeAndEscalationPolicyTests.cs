using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Digests;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;
using static BridgeBot.Domain.Tests.Support.Conflicts;
using static BridgeBot.Domain.Tests.Support.People;

namespace BridgeBot.Domain.Tests.Digests;

public class NudgeAndEscalationPolicyTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    // Monday 23 November 2026, Berlin is UTC+1.
    private static DateTimeOffset BerlinTime(int day, int hour, int minute = 0) => new(2026, 11, day, hour - 1, minute, 0, TimeSpan.Zero);

    private static PendingInput Owed(DateTimeOffset since, PendingKind what = PendingKind.Reasoning) => new(Ana, what, since);

    [Theory]
    [InlineData(24, 10, true)]
    [InlineData(24, 8, false)]
    [InlineData(24, 17, false)]
    [InlineData(28, 10, false)]
    [InlineData(29, 10, false)]
    [InlineData(23, 16, false)]
    public void Nudge_OnlyInWorkingHoursOnWorkingDaysAfterTheRequestDay(int day, int hour, bool expected)
    {
        var asked = BerlinTime(23, 9);

        Assert.Equal(expected, NudgePolicy.IsDue(Owed(asked), null, BerlinTime(day, hour), Berlin, WorkingHours.Default));
    }

    [Fact]
    public void Nudge_AtMostOncePerWorkingDay()
    {
        var asked = BerlinTime(20, 9);

        Assert.False(NudgePolicy.IsDue(Owed(asked), new DateOnly(2026, 11, 24), BerlinTime(24, 15), Berlin, WorkingHours.Default));
        Assert.True(NudgePolicy.IsDue(Owed(asked), new DateOnly(2026, 11, 23), BerlinTime(24, 9), Berlin, WorkingHours.Default));
    }

    [Fact]
    public void Nudge_NotForProposalsOrDecisions()
    {
        Assert.False(NudgePolicy.IsDue(Owed(BerlinTime(20, 9), PendingKind.Proposal), null, BerlinTime(24, 10), Berlin, WorkingHours.Default));
        Assert.True(NudgePolicy.IsDue(Owed(BerlinTime(20, 9), PendingKind.Approval), null, BerlinTime(24, 10), Berlin, WorkingHours.Default));
    }

    [Fact]
    public void WorkingDaysBetween_SkipsWeekends()
    {
        // Friday 27 November → Wednesday 2 December: Mon, Tue, Wed.
        Assert.Equal(3, WorkingHours.Default.WorkingDaysBetween(new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 2)));
        Assert.Equal(0, WorkingHours.Default.WorkingDaysBetween(new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 1)));
    }

    [Theory]
    [InlineData(2026, 12, 9, false)]
    [InlineData(2026, 12, 10, true)]
    [InlineData(2026, 12, 14, true)]
    public void DeadlineEscalation_DueAtThreeWorkingDaysBeforeTheDeadline(int year, int month, int day, bool expected)
    {
        // Deadline Tuesday 15 December: from Thursday 10th there are 3 working days left (Fri, Mon, Tue).
        Assert.Equal(expected, DeadlineEscalationPolicy.IsDue(Proposed(), new DateOnly(year, month, day), WorkingHours.Default));
    }

    [Fact]
    public void DeadlineEscalation_NotForDecidedOrAlreadyEscalated()
    {
        var escalated = Accept(Proposed().Escalate(Ben, Carol, "stuck", Now));

        Assert.False(DeadlineEscalationPolicy.IsDue(Decided(), new DateOnly(2026, 12, 14), WorkingHours.Default));
        Assert.False(DeadlineEscalationPolicy.IsDue(escalated, new DateOnly(2026, 12, 14), WorkingHours.Default));
    }

    [Fact]
    public void EscalateForDeadline_EscalatesAutomaticallyToTheApprover()
    {
        var result = Proposed().EscalateForDeadline(Carol, 3, Now);

        var escalated = Accept(result);
        Assert.Equal(ConflictState.Escalated, escalated.State);
        Assert.True(escalated.Escalation!.Automatic);
        Assert.Contains("3 working days left", escalated.Escalation.Reason);
        Assert.Equal(UserRef.System, Assert.IsType<ConflictEscalated>(Assert.Single(result.Value!.Events)).Stamp.Actor);
        Assert.True(escalated.DecideAsApprover(Carol, null, "SSO first", Now).IsValid);
    }

    [Fact]
    public void EscalateForDeadline_WithoutAUsableApprover_IsRefused()
    {
        Assert.Equal(RefusalCode.WrongState, Refuse(Proposed().EscalateForDeadline(null, 2, Now)).Code);
        Assert.Equal(RefusalCode.WrongState, Refuse(Proposed().EscalateForDeadline(Ana, 2, Now)).Code);
    }
}
