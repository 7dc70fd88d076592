using BridgeBot.Host.Scheduling;
using Microsoft.Extensions.Options;

namespace BridgeBot.Host.Digests;

/// <summary>The hosted digest scheduler: ticks on the injected clock and runs <see cref="DigestRunner"/>.</summary>
public sealed partial class DigestScheduler(IServiceProvider services, TimeProvider time, IOptions<DigestOptions> options, ILogger<DigestScheduler> logger)
    : TickingScheduler(time)
{
    /// <inheritdoc />
    protected override TimeSpan TickInterval => options.Value.TickInterval;

    /// <inheritdoc />
    protected override Func<CancellationToken, Task> ResolveTick() => services.GetRequiredService<DigestRunner>().TickAsync;

    /// <inheritdoc />
    protected override void OnTickFailed(Exception failure) => LogTickFailed(failure.Message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest tick failed; retrying on the next tick: {Reason}")]
    private partial void LogTickFailed(string reason);
}
