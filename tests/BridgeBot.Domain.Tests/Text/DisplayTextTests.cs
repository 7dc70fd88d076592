using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Tests.Text;

public class DisplayTextTests
{
    [Theory]
    [InlineData(0, "due today")]
    [InlineData(1, "1 day left")]
    [InlineData(23, "23 days left")]
    [InlineData(-1, "1 day overdue")]
    [InlineData(-4, "4 days overdue")]
    public void DaysLeft_SaysHowFarTheDeadlineIs(int days, string expected) => Assert.Equal(expected, DisplayText.DaysLeft(days));

    [Fact]
    public void Deadline_MentionsTheOriginalOnlyWhenItMoved()
    {
        var deadline = new DateOnly(2026, 12, 15);

        Assert.Equal("Deadline 2026-12-15 (2 days left)", DisplayText.Deadline(deadline, 2, deadline));
        Assert.Equal("Deadline 2026-12-15 (2 days left), originally 2026-12-01", DisplayText.Deadline(deadline, 2, new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void Names_JoinsWithCommasAndAnd()
    {
        UserRef[] people = [new("U1", "Ana"), new("U2", "Ben"), new("U3", "Carol")];

        Assert.Equal(string.Empty, DisplayText.Names(Array.Empty<UserRef>()));
        Assert.Equal("Ana", DisplayText.Names(people[..1]));
        Assert.Equal("Ana and Ben", DisplayText.Names(people[..2]));
        Assert.Equal("Ana, Ben and Carol", DisplayText.Names(people));
    }

    [Fact]
    public void TimeAndState_ReadTheSameEverywhere()
    {
        Assert.Equal("2026-11-22 08:30 UTC", DisplayText.Time(new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(1))));
        Assert.Equal("Awaiting reasoning", DisplayText.State(ConflictState.AwaitingReasoning));
    }
}
