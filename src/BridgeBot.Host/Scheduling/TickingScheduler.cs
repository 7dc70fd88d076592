namespace BridgeBot.Host.Scheduling;

/// <summary>
/// A hosted service that runs a tick at a fixed interval on the injected clock. A failed tick is reported and the next
/// one tries again; on shutdown it stops ticking and lets the tick in flight finish.
/// </summary>
/// <remarks>
/// The tick (and with it the table client) is resolved when ticking starts, not when the host builds its hosted
/// services, so that invalid storage settings stop the host with the options validation message naming them.
/// </remarks>
public abstract class TickingScheduler(TimeProvider time) : BackgroundService
{
    private long lastTickTicks = DateTimeOffset.MinValue.UtcTicks;

    /// <summary>The clock's time when the last completed tick began (tests wait on it instead of on wall-clock time).</summary>
    public DateTimeOffset LastTickAt => new(Interlocked.Read(ref lastTickTicks), TimeSpan.Zero);

    /// <summary>How long from one tick to the next.</summary>
    protected abstract TimeSpan TickInterval { get; }

    /// <summary>The tick, resolved once when ticking starts.</summary>
    protected abstract Func<CancellationToken, Task> ResolveTick();

    /// <summary>Reports a tick that failed (storage unreachable and the like); nothing due is lost, the next tick retries.</summary>
    protected abstract void OnTickFailed(Exception failure);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var tick = ResolveTick();
        using var timer = new PeriodicTimer(TickInterval, time);
        do
        {
            var startedAt = time.GetUtcNow();
            try
            {
                await tick(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                OnTickFailed(failure);
            }

            Interlocked.Exchange(ref lastTickTicks, startedAt.UtcTicks);
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
