using BridgeBot.Slack.Background;
using BridgeBot.Testing.Time;

namespace BridgeBot.Slack.Tests.Background;

public class RecentDeliveriesTests
{
    [Fact]
    public void Claim_OfARepeatWithinTheWindow_IsRefused()
    {
        var recent = new RecentDeliveries(new ManualClock(DateTimeOffset.UnixEpoch));

        Assert.True(recent.TryClaim("event:Ev1"));
        Assert.False(recent.TryClaim("event:Ev1"));
        Assert.True(recent.TryClaim("event:Ev2"));
    }

    [Fact]
    public void Claim_AfterTheWindow_IsANewDelivery()
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var recent = new RecentDeliveries(clock);
        recent.TryClaim("event:Ev1");

        clock.Advance(RecentDeliveries.Window + TimeSpan.FromSeconds(1));

        Assert.True(recent.TryClaim("event:Ev1"));
        Assert.False(recent.TryClaim("event:Ev1"));
    }

    [Fact]
    public void Release_LetsTheRetryIn()
    {
        var recent = new RecentDeliveries(new ManualClock(DateTimeOffset.UnixEpoch));
        recent.TryClaim("event:Ev1");

        recent.Release("event:Ev1");

        Assert.True(recent.TryClaim("event:Ev1"));
    }

    [Fact]
    public void Claims_PastTheWindow_AreSweptWithoutBeingAskedFor()
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var recent = new RecentDeliveries(clock);
        for (var n = 0; n < 1_000; n++)
        {
            recent.TryClaim("command:" + n);
        }

        clock.Advance(RecentDeliveries.Window + TimeSpan.FromSeconds(1));
        recent.TryClaim("command:new");

        Assert.Equal(1, recent.Count);
    }

    [Fact]
    public void Claims_BeyondTheCap_DropTheOldest_AndRecentRepeatsAreStillRefused()
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var recent = new RecentDeliveries(clock);
        for (var n = 0; n < RecentDeliveries.MaxEntries + 50_000; n++)
        {
            recent.TryClaim("event:" + n);
            if (n % 10_000 == 0)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
            }
        }

        Assert.True(recent.Count <= RecentDeliveries.MaxEntries, $"{recent.Count} claims kept");
        Assert.False(recent.TryClaim("event:" + (RecentDeliveries.MaxEntries + 49_999)));
    }

    [Fact]
    public void Claim_ReleasedAndTakenAgain_IsKeptForItsOwnWindow()
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var recent = new RecentDeliveries(clock);
        recent.TryClaim("event:Ev1");
        recent.Release("event:Ev1");
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True(recent.TryClaim("event:Ev1"));

        // The first claim's time has passed; the second one's has not.
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.False(recent.TryClaim("event:Ev1"));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True(recent.TryClaim("event:Ev1"));
    }

    [Fact]
    public void Claims_OnlyTheExpiredAreForgotten_OldestFirst()
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var recent = new RecentDeliveries(clock);
        for (var minute = 0; minute < 20; minute++)
        {
            recent.TryClaim("event:" + minute);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        // At minute 20, the claims of minutes 0 to 9 are more than ten minutes old.
        recent.TryClaim("event:now");
        Assert.Equal(11, recent.Count);
        Assert.False(recent.TryClaim("event:10"));
        Assert.True(recent.TryClaim("event:9"));
    }

    [Fact]
    public void Claims_BeyondTheCap_GoDownToNineTenths()
    {
        var recent = new RecentDeliveries(new ManualClock(DateTimeOffset.UnixEpoch));
        for (var n = 0; n < RecentDeliveries.MaxEntries; n++)
        {
            recent.TryClaim("event:" + n);
        }

        Assert.Equal(RecentDeliveries.MaxEntries, recent.Count);
        recent.TryClaim("event:next");
        Assert.Equal((RecentDeliveries.MaxEntries * 9 / 10) + 1, recent.Count);
        Assert.True(recent.TryClaim("event:0"));
        Assert.False(recent.TryClaim("event:" + (RecentDeliveries.MaxEntries - 1)));
    }
}
