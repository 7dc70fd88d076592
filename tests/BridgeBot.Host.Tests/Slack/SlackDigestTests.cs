using BridgeBot.Host.Digests;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Fakes;
using BridgeBot.Testing.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static BridgeBot.Host.Tests.Slack.SlackClient;

namespace BridgeBot.Host.Tests.Slack;

/// <summary>Digests in Slack through the real hosts: the subscription by slash command, the scheduler, the channel and its thread.</summary>
[Collection(AzuriteCollection.Name)]
public class SlackDigestTests(AzuriteFixture azurite)
{
    // Monday 2026-03-23, 00:00 UTC; 09:30 in Berlin is 08:30 UTC that week.
    private static readonly DateTimeOffset Monday = new(2026, 3, 23, 0, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Digests:TickInterval"] = "00:00:00.010",
        ["Digests:RetryDelay"] = "00:05:00",
    };

    [Fact]
    public async Task TwoInstances_OverThreeWeekdays_PostOneDigestPerDayWithItsDetailsInTheThread()
    {
        var clock = new ManualClock(Monday);
        var table = AzuriteFixture.UniqueTableName("slackdigest");
        await using var first = await SlackHost.StartAsync(azurite.Server, Settings(), table, services => services.AddSingleton<TimeProvider>(clock));
        await using var second = await SlackHost.StartAsync(azurite.Server, Settings(), table, services => services.AddSingleton<TimeProvider>(clock));
        first.Client.Clock = clock;
        await first.Client.CommandAsync(Dev, "digest at 09:30 Europe/Berlin weekdays");
        await first.Client.CommandAsync(Dev, "open \"Checkout 2.4\" due 2026-04-30 scope \"SSO\" product <@U0ANA|ana> project <@U0BEN|ben>");
        await first.Api.WaitForAsync("response_url", 2);
        await first.Api.WaitForAsync("chat.postMessage", 3);

        // Each instance has its own fake Slack; whichever instance wins a day posts through its own.
        var seen = new[] { first.Api.Of("chat.postMessage").Count, 0 };
        var posted = new List<(DateTimeOffset At, SlackApiCall Call)>();
        for (var step = 0; step < 3 * 48; step++)
        {
            clock.Advance(TimeSpan.FromMinutes(30));
            await TickedAsync(clock.GetUtcNow(), first, second);
            foreach (var (host, index) in new[] { (first, 0), (second, 1) })
            {
                var calls = host.Api.Of("chat.postMessage");
                posted.AddRange(calls.Skip(seen[index]).Select(call => (clock.GetUtcNow(), call)));
                seen[index] = calls.Count;
            }
        }
        var summaries = posted.Where(p => p.Call.Channel == Channel && p.Call.Text("thread_ts") is null).ToArray();
        Assert.Equal([Utc(23, 8, 30), Utc(24, 8, 30), Utc(25, 8, 30)], summaries.Select(p => p.At));
        Assert.All(summaries, p => Assert.StartsWith("Stand-up digest", p.Call.Text("text"), StringComparison.Ordinal));
        var details = posted.Where(p => p.Call.Text("thread_ts") is not null).ToArray();
        Assert.Equal(summaries.Select(p => p.Call.Ts), details.Select(p => p.Call.Text("thread_ts")));
        Assert.All(details, p => Assert.Contains("R-1", p.Call.AllText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DigestNow_PostsTheDigestInTheChannelWithDetailsInTheThread()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);
        await host.Client.CommandAsync(Dev, $"open \"Checkout 2.4\" due {SlackFlowTests.Deadline} scope \"SSO\" product <@U0ANA|ana> project <@U0BEN|ben>");
        await host.Api.WaitForAsync("chat.postMessage", 3);

        await host.Client.CommandAsync(Dev, "digest now");

        var posts = await host.Api.WaitForAsync("chat.postMessage", 5);
        var summary = posts[3];
        Assert.Equal(Channel, summary.Channel);
        Assert.StartsWith("Stand-up digest", summary.Text("text"), StringComparison.Ordinal);
        Assert.Equal(summary.Ts, posts[4].Text("thread_ts"));
        Assert.Contains("owes reasoning", posts[4].AllText, StringComparison.Ordinal);
    }

    private static async Task TickedAsync(DateTimeOffset now, params SlackHost[] hosts)
    {
        foreach (var scheduler in hosts.Select(host => host.Factory.Services.GetServices<IHostedService>().OfType<DigestScheduler>().Single()))
        {
            // A poll on the scheduler's own progress, bounded so a broken scheduler fails the test instead of hanging it.
            for (var polls = 0; scheduler.LastTickAt < now && polls < 2000; polls++)
            {
                await Task.Delay(5);
            }

            Assert.True(scheduler.LastTickAt >= now, $"A scheduler did not tick at {now:O}.");
        }
    }

    private static DateTimeOffset Utc(int day, int hour, int minute) => new(2026, 3, day, hour, minute, 0, TimeSpan.Zero);
}
