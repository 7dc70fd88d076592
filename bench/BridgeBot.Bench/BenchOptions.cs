namespace BridgeBot.Bench;

/// <summary>How long and how hard to run; the smoke test uses <see cref="Quick"/>.</summary>
/// <param name="WarmUp">Warm-up per run.</param>
/// <param name="Duration">Measured time per run.</param>
/// <param name="Concurrency">The connection counts of the turn runs.</param>
/// <param name="HistorySizes">Decided history sizes for the digest cost figure.</param>
internal sealed record BenchOptions(TimeSpan WarmUp, TimeSpan Duration, IReadOnlyList<int> Concurrency, IReadOnlyList<int> HistorySizes)
{
    public static BenchOptions Full { get; } = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(6), [1, 10, 50], [0, 1_000, 10_000]);

    public static BenchOptions Quick { get; } = new(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(400), [1, 4], [0, 200]);
}
