using System.Collections.Concurrent;

namespace BridgeBot.Testing;

/// <summary>
/// The system clock, except that every timer fires at once: code that waits (a retry backoff, a
/// Retry-After) runs without waiting, and the test can assert on the delays it asked for instead of on
/// how long it took. Only the due time given at creation is cut short (as <c>Task.Delay</c> uses it).
/// </summary>
public sealed class InstantDelayTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> delays = new();

    /// <summary>The due times of the timers created so far, in order.</summary>
    public IReadOnlyList<TimeSpan> RequestedDelays => [.. delays];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        delays.Enqueue(dueTime);
        return TimeProvider.System.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
