namespace BridgeBot.Testing.Time;

/// <summary>
/// A <see cref="TimeProvider"/> whose current time only moves when a test says so. Timers still run on real time,
/// so code that waits (retry delays, timeouts) behaves normally; only "what time is it" is controlled.
/// </summary>
/// <param name="start">The initial time.</param>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = start;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Moves the clock forward.</summary>
    /// <param name="duration">How far.</param>
    public void Advance(TimeSpan duration)
    {
        lock (_gate)
        {
            _now += duration;
        }
    }
}
