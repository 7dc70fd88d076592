using BridgeBot.Domain.Application;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Slack.Background;
using BridgeBot.Slack.Hosting;
using BridgeBot.Testing;
using BridgeBot.Testing.Time;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BridgeBot.Slack.Tests.Background;

public class SlackWorkServiceTests
{
    [Fact]
    public async Task Stop_FinishesTheQueuedWorkAndTakesNoMore()
    {
        var (backlog, service, _) = Create(workers: 1);
        var release = new TaskCompletionSource();
        var done = new List<string>();
        await service.StartAsync(CancellationToken.None);
        backlog.TryEnqueue(new SlackWorkItem("first", null, async _ => { await release.Task; done.Add("first"); }));
        backlog.TryEnqueue(new SlackWorkItem("second", null, _ => { done.Add("second"); return Task.CompletedTask; }));

        var stopping = service.StopAsync(CancellationToken.None);
        var refused = backlog.TryEnqueue(new SlackWorkItem("late", null, _ => Task.CompletedTask));
        release.SetResult();
        await stopping;

        Assert.False(refused);
        Assert.Equal(["first", "second"], done);
    }

    [Fact]
    public async Task Stop_WhenShutdownTimesOut_CancelsWhatIsLeftAndSaysSo()
    {
        var (backlog, service, logs) = Create(workers: 1);
        await service.StartAsync(CancellationToken.None);
        var started = new TaskCompletionSource();
        var cancelled = new TaskCompletionSource();
        backlog.TryEnqueue(new SlackWorkItem("stuck", null, async ct =>
        {
            using var registration = ct.Register(() => cancelled.TrySetResult());
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
        }));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        using var timeout = new CancellationTokenSource();
        await timeout.CancelAsync();

        await service.StopAsync(timeout.Token);

        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains(logs.Logs, log => log.Level == LogLevel.Warning && log.Message.Contains("Shutdown timed out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailingWork_IsLoggedAndTheWorkerGoesOn()
    {
        var (backlog, service, logs) = Create(workers: 1);
        await service.StartAsync(CancellationToken.None);
        var ran = new TaskCompletionSource();

        backlog.TryEnqueue(new SlackWorkItem("broken", null, _ => throw new InvalidOperationException("storage said no")));
        backlog.TryEnqueue(new SlackWorkItem("next", null, _ => { ran.SetResult(); return Task.CompletedTask; }));

        await ran.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await service.StopAsync(CancellationToken.None);
        var error = Assert.Single(logs.Logs, log => log.Level == LogLevel.Error);
        Assert.Equal("broken", error.Values["Name"]);
        Assert.IsType<InvalidOperationException>(error.Exception);
    }

    [Fact]
    public async Task WorkForAWorkspace_LogsEveryLineWithItsWorkspaceAndConflict()
    {
        var (backlog, service, logs) = Create(workers: 2);
        await service.StartAsync(CancellationToken.None);

        backlog.TryEnqueue(new SlackWorkItem("command approve", "T1", _ =>
        {
            TurnLogContext.Identify(new ConflictId(4));
            throw new InvalidOperationException("storage said no");
        }));
        backlog.TryEnqueue(new SlackWorkItem("command show", "T2", _ => throw new InvalidOperationException("no")));
        await service.StopAsync(CancellationToken.None);

        var errors = logs.Logs.Where(log => log.Level == LogLevel.Error).ToDictionary(log => (string)log.Values["Name"]!);
        Assert.Equal("slack:T1", errors["command approve"].Scopes["Workspace"]);
        Assert.Equal("R-4", errors["command approve"].Scopes["ConflictId"]);
        Assert.Equal("slack:T2", errors["command show"].Scopes["Workspace"]);
        Assert.Null(errors["command show"].Scopes["ConflictId"]);
    }

    [Fact]
    public void Backlog_WhenFull_RefusesWork()
    {
        var backlog = new SlackBacklog(Options.Create(new SlackOptions { QueueCapacity = 1 }), TimeProvider.System);

        Assert.True(backlog.TryEnqueue(new SlackWorkItem("one", null, _ => Task.CompletedTask)));
        Assert.False(backlog.TryEnqueue(new SlackWorkItem("two", null, _ => Task.CompletedTask)));
    }

    [Fact]
    public void Backlog_IsBusyOnlyRightAfterASlackRequest()
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch.AddDays(1));
        var backlog = new SlackBacklog(Options.Create(new SlackOptions()), clock);
        Assert.False(backlog.IsBusy);

        backlog.NoteRequest();
        Assert.True(backlog.IsBusy);
        Assert.True(backlog.ShouldHoldBack(TimeSpan.Zero));

        clock.Advance(SlackBacklog.BusyWithin);
        Assert.False(backlog.IsBusy);
        Assert.False(backlog.ShouldHoldBack(TimeSpan.Zero));
    }

    [Fact]
    public void Backlog_HoldsAWorkerBackNoLongerThanTheLimit_HoweverBusy()
    {
        var backlog = new SlackBacklog(Options.Create(new SlackOptions()), new ManualClock(DateTimeOffset.UnixEpoch.AddDays(1)));
        backlog.NoteRequest(); // the clock never moves: busy for good

        Assert.True(backlog.ShouldHoldBack(SlackBacklog.MostHeldBack - TimeSpan.FromMilliseconds(1)));
        Assert.False(backlog.ShouldHoldBack(SlackBacklog.MostHeldBack));
    }

    [Fact]
    public async Task Worker_WhileRequestsKeepArriving_StillRunsTheQueuedWork()
    {
        var (backlog, service, _) = Create(workers: 1);
        await service.StartAsync(CancellationToken.None);
        var ran = new TaskCompletionSource();
        using var stop = new CancellationTokenSource();
        var requests = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                backlog.NoteRequest();
                await Task.Delay(1);
            }
        });

        backlog.TryEnqueue(new SlackWorkItem("during a flood", null, _ => { ran.SetResult(); return Task.CompletedTask; }));
        await ran.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await requests;
        await service.StopAsync(CancellationToken.None);

        Assert.True(ran.Task.IsCompletedSuccessfully);
    }

    private static (SlackBacklog Backlog, SlackWorkService Service, RecordingLoggerProvider Logs) Create(int workers)
    {
        var options = Options.Create(new SlackOptions { Workers = workers });
        var logs = new RecordingLoggerProvider();
        var backlog = new SlackBacklog(options, TimeProvider.System);
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        return (backlog, new SlackWorkService(backlog, options, factory.CreateLogger<SlackWorkService>()), logs);
    }
}
