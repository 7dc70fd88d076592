using Microsoft.Extensions.Options;

namespace BridgeBot.Host.Digests;

/// <summary>
/// The hosted digest scheduler: ticks on the injected clock and runs <see cref="DigestRunner"/>. On shutdown it stops
/// ticking and lets the entry in flight finish.
/// </summary>
/// <remarks>
/// The runner (and with it the table client) is resolved when ticking starts, not when the host builds its hosted
/// services, so that invalid storage settings stop the host with the options validation message naming them.
/// </remarks>
public sealed partial class DigestScheduler(IServiceProvider services, TimeProvider time, IOptions<DigestOptions> options, ILogger<DigestScheduler> logger)
    : BackgroundService
{
    private long lastTickTicks = DateTimeOffset.MinValue.UtcTicks;

    /// <summary>The clock's time when the last completed tick began (tests wait on it instead of on wall-clock time).</summary>
    public DateTimeOffset LastTickAt => new(Interlocked.Read(ref lastTickTicks), TimeSpan.Zero);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var runner = services.GetRequiredService<DigestRunner>();
        using var timer = new PeriodicTimer(options.Value.TickInterval, time);
        do
        {
            var startedAt = time.GetUtcNow();
            try
            {
                await runner.TickAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // Storage unreachable and the like: the next tick tries again, and nothing due is lost meanwhile.
                LogTickFailed(failure.Message);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest tick failed; retrying on the next tick: {Reason}")]
    private partial void LogTickFailed(string reason);
}
