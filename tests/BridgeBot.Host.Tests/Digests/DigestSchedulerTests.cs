using BridgeBot.Host.Digests;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Host.Tests.Teams;
using BridgeBot.Testing;
using BridgeBot.Testing.Azurite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using BridgeBot.Testing.Time;
using static BridgeBot.Host.Tests.Teams.TeamsClient;

namespace BridgeBot.Host.Tests.Digests;

[Collection(AzuriteCollection.Name)]
public class DigestSchedulerTests(AzuriteFixture azurite)
{
    private const string Berlin = "19:berlin@thread.tacv2";
    private const string NewYork = "19:newyork@thread.tacv2";

    // Monday 2026-03-23, 00:00 UTC. Europe/Berlin moves to summer time on Sunday 2026-03-29 (New York did on 03-08).
    private static readonly DateTimeOffset Monday = new(2026, 3, 23, 0, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, string?> Settings(string table) => new()
    {
        ["Storage:TableName"] = table,
        ["Digests:TickInterval"] = "00:00:00.010",
        ["Digests:RetryDelay"] = "00:05:00",
        // One quick retry of the connector's own; the scripted failure outlasts it, so the scheduler's retry is what is tested.
        ["Teams:Connector:MaxRetryAttempts"] = "1",
        ["Teams:Connector:RetryBaseDelay"] = "00:00:00.010",
    };

    [Fact]
    [Trait("Category", "Reliability")]
    public async Task ThreeInstances_OverAWeek_PostExactlyOneDigestPerChannelPerWeekday_AndRetryAFailedPostOnce()
    {
        var clock = new ManualClock(Monday);
        var table = AzuriteFixture.UniqueTableName("week");
        await using var first = await TeamsHost.StartAsync(azurite.Server, Settings(table), clock);
        await using var second = await TeamsHost.StartAsync(azurite.Server, Settings(table), clock);
        await using var third = await TeamsHost.StartAsync(azurite.Server, Settings(table), clock);
        await first.Client.SendAsync(first.Client.InChannel(Berlin + ";messageid=1", Dev, "digest at 09:30 Europe/Berlin weekdays"));
        await first.Client.SendAsync(first.Client.InChannel(NewYork + ";messageid=2", Dev, "digest at 09:30 America/New_York weekdays"));
        await first.Client.SendAsync(first.Client.InChannel(Berlin + ";messageid=3", Dev,
            "open \"Checkout 2.4\" due 2026-04-30 scope \"SSO\" product <at>Ana Product</at> project <at>Ben Project</at>", Ana, Ben));
        first.Connector.FailingPosts[Berlin] = 2;

        var simulation = new SchedulerSimulation<DigestScheduler>(clock, [first, second, third], first.Connector);
        await simulation.RunAsync(TimeSpan.FromDays(8), TimeSpan.FromMinutes(30));

        // 09:30 local on each weekday: 08:30 UTC in Berlin before the change, 07:30 UTC after it; 13:30 UTC in New York.
        // Monday's first post failed (500, twice: the connector's own retry too) and was retried once, at the first tick after the retry delay.
        Assert.Equal([Utc(23, 8, 30), Utc(23, 8, 30)], simulation.Of("send-failed", Berlin).Select(post => post.At));
        var berlin = simulation.Of("send", Berlin);
        Assert.Equal([Utc(23, 9, 0), Utc(24, 8, 30), Utc(25, 8, 30), Utc(26, 8, 30), Utc(27, 8, 30), Utc(30, 7, 30)], berlin.Select(post => post.At));
        Assert.Equal(6, berlin.Select(post => post.Request.CardText).Distinct().Count());
        var newYork = simulation.Of("send", NewYork);
        Testing.Reliability.ReliabilityFigures.Record("multiInstance.digests", new
        {
            instances = 3,
            channels = 2,
            simulatedDays = 8,
            dueDigests = 12,
            posted = berlin.Count + newYork.Count,
            failedFirstAttempts = simulation.Of("send-failed", Berlin).Count,
        });
        Assert.Equal([Utc(23, 13, 30), Utc(24, 13, 30), Utc(25, 13, 30), Utc(26, 13, 30), Utc(27, 13, 30), Utc(30, 13, 30)], newYork.Select(post => post.At));

        // Each digest's details went into its own message's reply chain.
        var threads = simulation.Received.Where(r => r.Request.Kind == "send" && r.Request.ConversationId.StartsWith(Berlin + ";messageid=", StringComparison.Ordinal))
            .Select(r => r.Request.ConversationId).ToArray();
        Assert.Equal(berlin.Select(post => Berlin + ";messageid=" + post.Request.AssignedId), threads);
    }

    [Fact]
    public async Task Shutdown_WithADigestPostInFlight_FinishesThePostThenStops()
    {
        var clock = new ManualClock(Monday);
        var logs = new RecordingLoggerProvider();
        var host = await TeamsHost.StartAsync(
            azurite.Server, Settings(AzuriteFixture.UniqueTableName("stop")), clock, builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        await host.Client.SendAsync(host.Client.InChannel(Berlin + ";messageid=1", Dev, "digest at 09:30 Europe/Berlin weekdays"));
        host.Connector.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // 09:00 UTC is 10:00 in Berlin: the digest is due, and its post waits at the connector when shutdown begins.
        clock.Advance(TimeSpan.FromHours(9));
        await host.Connector.Held.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var stopping = Task.Run(() => host.Factory.DisposeAsync().AsTask());
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(stopping.IsCompleted, "the host stopped under a digest post in flight");

        host.Connector.Hold.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
        await host.Connector.DisposeAsync();

        // The digest reached the channel and was recorded as posted before the host stopped: finished, not cut.
        Assert.Single(host.Connector.Of("send"), post => post.ConversationId == Berlin);
        Assert.Contains(logs.Logs, log => log.Message.StartsWith("Digest of " + Berlin, StringComparison.Ordinal) && log.Message.Contains(" posted (attempt 1)", StringComparison.Ordinal));
    }

    private static DateTimeOffset Utc(int day, int hour, int minute) => new(2026, 3, day, hour, minute, 0, TimeSpan.Zero);
}
