using System.Collections.Concurrent;
using System.Diagnostics;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Host.Tests.Teams;
using BridgeBot.Testing;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Fakes;
using BridgeBot.Testing.Reliability;
using Microsoft.Extensions.DependencyInjection;

namespace BridgeBot.Host.Tests.Reliability;

/// <summary>
/// Storage stops for ten seconds under a steady load of changes through the Teams pipeline, and comes back: nothing a
/// user was told is saved is missing, everyone else was told to try again, and nothing is half-written.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Reliability")]
public class StorageOutageTests
{
    private const int Workers = 4;

    [Fact]
    public async Task AzuriteStoppedForTenSeconds_NothingAcknowledgedIsLost_NothingHalfWritten_ItRecoversByItself()
    {
        await using var azurite = await AzuriteServer.StartNewAsync(persistent: true);
        await using var host = await TeamsHost.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Digests:Enabled"] = "false",
            ["Storage:Retry:MaxRetries"] = "2",
            ["Storage:Retry:Delay"] = "00:00:00.200",
            ["Storage:Retry:AttemptTimeout"] = "00:00:02",
        });
        var sent = new ConcurrentBag<(string ActivityId, string Release, DateTimeOffset At)>();
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var load = Enumerable.Range(1, Workers).Select(worker => Task.Run(async () =>
        {
            for (var index = 1; !stop.IsCancellationRequested; index++)
            {
                var release = $"Outage {worker}-{index}";
                var activity = host.Client.Open(TeamsClient.Dev, release);
                sent.Add((activity["id"]!.GetValue<string>(), release, TimeProvider.System.GetUtcNow()));
                using var response = await host.Client.SendAsync(activity);
                Assert.True(response.IsSuccessStatusCode, $"{release}: {response.StatusCode}");
            }
        })).ToArray();

        ConnectorRequest[] Replies(string activityId) => [.. host.Connector.Of("reply").Where(reply => reply.ActivityId == activityId)];
        static bool ToldSaved(ConnectorRequest[] replies, string release) => replies.Any(reply =>
            reply.CardText.Contains(release, StringComparison.Ordinal) || reply.CardText.Contains(" is saved, but", StringComparison.Ordinal));

        await Task.Delay(TimeSpan.FromSeconds(3));
        await azurite.ShutDownAsync();
        var down = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(10));
        await azurite.StartAsync();
        var up = clock.Elapsed;
        var restarted = TimeProvider.System.GetUtcNow();
        await Task.Delay(TimeSpan.FromSeconds(6));

        // A loaded machine may take longer to save again after the restart (each command tries three times, 2 s each).
        await Eventually.ReadAsync(() => sent.Any(command => command.At > restarted && ToldSaved(Replies(command.ActivityId), command.Release)), savedAgain => savedAgain);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        var store = host.Factory.Services.GetRequiredService<IConflictStore>();
        var workspace = WorkspaceId.ForTeams(TeamsClient.Tenant);
        var stored = (await store.ListOpenAsync(workspace)).ToDictionary(conflict => conflict.Conflict.Release, StringComparer.Ordinal);
        var answers = sent.Select(command => (command.Release, command.At, Replies: Replies(command.ActivityId))).ToArray();
        var toldSaved = answers.Where(answer => ToldSaved(answer.Replies, answer.Release)).ToArray();
        var toldRetry = answers.Where(answer => answer.Replies.Any(reply => reply.CardText.Contains("Please try again", StringComparison.Ordinal))).ToArray();
        var toldBoth = toldSaved.Intersect(toldRetry).Select(answer => answer.Release).ToArray();
        var unanswered = answers.Where(answer => answer.Replies.Length == 0).Select(answer => answer.Release).ToArray();
        var lost = toldSaved.Where(answer => !stored.ContainsKey(answer.Release)).Select(answer => answer.Release).ToArray();
        var halfWritten = new List<string>();
        foreach (var conflict in stored.Values)
        {
            var log = await store.ReadLogAsync(workspace, conflict.Conflict.Id);
            if (log.Count != conflict.Conflict.Version || log.Select(entry => entry.Stamp.Sequence).SequenceEqual(Enumerable.Range(1, log.Count)) is false)
            {
                halfWritten.Add(conflict.Conflict.Release);
            }
        }

        var savedAfterRestart = toldSaved.Count(answer => answer.At > restarted);
        ReliabilityFigures.Record("storageOutage", new
        {
            commands = answers.Length,
            toldSaved = toldSaved.Length,
            toldToRetry = toldRetry.Length,
            unanswered = unanswered.Length,
            toldBoth = toldBoth.Length,
            lost = lost.Length,
            halfWritten = halfWritten.Count,
            savedAfterRestart,
            outageSeconds = Math.Round((up - down).TotalSeconds, 1),
        });
        Assert.Empty(lost);
        Assert.Empty(halfWritten);
        Assert.Empty(unanswered);
        Assert.Empty(toldBoth);
        Assert.NotEmpty(toldRetry);
        Assert.True(savedAfterRestart > 0, "nothing was saved after storage came back");
        Assert.Equal(answers.Length, toldSaved.Length + toldRetry.Length);
    }
}
