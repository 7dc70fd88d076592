namespace BridgeBot.Storage.Tests.Support;

/// <summary>A clock that stands still until the test moves it.</summary>
internal sealed class MovableClock(DateTimeOffset now) : TimeProvider
{
    private long ticks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}
