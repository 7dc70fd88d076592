using BridgeBot.Host.Digests;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Host.Tests.Teams;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Time;
using static BridgeBot.Host.Tests.Teams.TeamsClient;

namespace BridgeBot.Host.Tests.Digests;

[Collection(AzuriteCollection.Name)]
public class NudgeAndEscalationTests(AzuriteFixture azurite)
{
    private const string Berlin = "19:berlin@thread.tacv2";

    // Monday 2026-03-23, 00:00 UTC (01:00 in Berlin).
    private static readonly DateTimeOffset Monday = new(2026, 3, 23, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sweep_OverAWeek_NudgesOncePerWorkingDayInWorkingHours_AndEscalatesAtTheThreshold()
    {
        var clock = new ManualClock(Monday);
        await using var host = await TeamsHost.StartAsync(
            azurite.Server, new Dictionary<string, string?> { ["Digests:TickInterval"] = "00:00:00.010" }, clock);
        await host.Client.SendAsync(host.Client.InChannel(Berlin + ";messageid=1", Dev, "digest at 16:00 Europe/Berlin weekdays quiet"));
        await host.Client.SendAsync(host.Client.InChannel(Berlin + ";messageid=2", Dev, "escalate-to <at>Carol Approver</at> 2", Carol));
        await host.Client.SendAsync(host.Client.InChannel(Berlin + ";messageid=3", Dev,
            "open \"Checkout 2.4\" due 2026-03-27 scope \"SSO\" product <at>Ana Product</at> project <at>Ben Project</at>", Ana, Ben));
        await host.Client.SendAsync(host.Client.Personal(Ana, "reason R-1 hold \"Trials stall\" move \"Shoppers wait\" affected \"12 trials\" severity high prefer move-date"));

        var simulation = new SchedulerSimulation<DigestScheduler>(clock, [host], host.Connector);
        await simulation.RunAsync(TimeSpan.FromDays(7), TimeSpan.FromMinutes(30));

        // Ben owes reasoning since Monday 01:00 Berlin: reminded at 09:00 Berlin (08:00 UTC) on Tuesday, Thursday and Friday,
        // never on the day he was asked, never at the weekend, at most once a day; Ana, who wrote hers, never.
        var toBen = simulation.Of("send", "a:dm-user-ben").Where(r => r.Request.CardText.StartsWith("Reminder:", StringComparison.Ordinal)).ToArray();
        Assert.Equal([Utc(24, 8, 0), Utc(26, 8, 0), Utc(27, 8, 0)], toBen.Select(r => r.At));
        Assert.Contains("R-1", toBen[0].Request.CardText);
        Assert.DoesNotContain(simulation.Of("send", "a:dm-user-ana"), r => r.Request.CardText.StartsWith("Reminder:", StringComparison.Ordinal));

        // With 2 working days left (Thursday, Friday) on Wednesday, the conflict is escalated at Wednesday's sweep:
        // Carol is told privately, once, and the channel card shows it (no reminder to Ben that day: the approver has it now).
        var toCarol = Assert.Single(simulation.Of("send", "a:dm-user-carol"));
        Assert.Equal(Utc(25, 8, 0), toCarol.At);
        Assert.Contains("escalated to you", toCarol.Request.CardText);
        var cardUpdates = simulation.Received.Where(r => r.Request.Kind == "update" && r.Request.ConversationId == Berlin + ";messageid=3").ToArray();
        Assert.NotEmpty(cardUpdates);
        Assert.All(cardUpdates, update => Assert.Equal(Utc(25, 8, 0), update.At));
        Assert.Contains("Escalated", cardUpdates[^1].Request.CardText);
    }

    private static DateTimeOffset Utc(int day, int hour, int minute) => new(2026, 3, day, hour, minute, 0, TimeSpan.Zero);
}
