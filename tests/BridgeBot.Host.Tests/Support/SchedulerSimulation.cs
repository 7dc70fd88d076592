using BridgeBot.Host.Scheduling;
using BridgeBot.Host.Tests.Teams;
using BridgeBot.Testing.Fakes;
using BridgeBot.Testing.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BridgeBot.Host.Tests.Support;

/// <summary>
/// Moves a shared fake clock in steps and, after each step, waits until every host's <typeparamref name="TScheduler"/> has completed a tick
/// that began at the new time; records when (by the fake clock) each connector request arrived.
/// </summary>
internal sealed class SchedulerSimulation<TScheduler>(ManualClock clock, IReadOnlyList<TeamsHost> hosts, FakeConnector connector)
    where TScheduler : TickingScheduler
{
    public List<(DateTimeOffset At, ConnectorRequest Request)> Received { get; } = [];

    public async Task RunAsync(TimeSpan duration, TimeSpan step)
    {
        var seen = connector.Requests.Count;
        var end = clock.GetUtcNow() + duration;
        while (clock.GetUtcNow() < end)
        {
            clock.Advance(step);
            var now = clock.GetUtcNow();
            foreach (var scheduler in hosts.Select(host => host.Factory.Services.GetServices<IHostedService>().OfType<TScheduler>().Single()))
            {
                // A poll on the scheduler's own progress, bounded so a broken scheduler fails the test instead of hanging it.
                for (var polls = 0; scheduler.LastTickAt < now && polls < 2000; polls++)
                {
                    await Task.Delay(5);
                }

                Assert.True(scheduler.LastTickAt >= now, $"A scheduler did not tick at {now:O}.");
            }

            var requests = connector.Requests;
            Received.AddRange(requests.Skip(seen).Select(request => (now, request)));
            seen = requests.Count;
        }
    }

    public IReadOnlyList<(DateTimeOffset At, ConnectorRequest Request)> Of(string kind, string conversationId) =>
        Received.Where(r => r.Request.Kind == kind && r.Request.ConversationId == conversationId).ToArray();
}
