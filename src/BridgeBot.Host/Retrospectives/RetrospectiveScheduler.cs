using BridgeBot.Host.Scheduling;
using Microsoft.Extensions.Options;

namespace BridgeBot.Host.Retrospectives;

/// <summary>The hosted retrospective scheduler: ticks on the injected clock and runs <see cref="RetrospectiveRunner"/>.</summary>
public sealed partial class RetrospectiveScheduler(
    IServiceProvider services, TimeProvider time, IOptions<RetrospectiveOptions> options, ILogger<RetrospectiveScheduler> logger)
    : TickingScheduler(time)
{
    /// <inheritdoc />
    protected override TimeSpan TickInterval => options.Value.TickInterval;

    /// <inheritdoc />
    protected override Func<CancellationToken, Task> ResolveTick() => services.GetRequiredService<RetrospectiveRunner>().TickAsync;

    /// <inheritdoc />
    protected override void OnTickFailed(Exception failure) => LogTickFailed(failure.Message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retrospective tick failed; retrying on the next tick: {Reason}")]
    private partial void LogTickFailed(string reason);
}
