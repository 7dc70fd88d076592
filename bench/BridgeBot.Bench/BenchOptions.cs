namespace BridgeBot.Bench;

/// <summary>How long and how hard to run; the smoke test uses <see cref="Quick"/>.</summary>
/// <param name="WarmUp">Warm-up per run.</param>
/// <param name="Duration">Measured time per run.</param>
/// <param name="Concurrency">The connection counts of the turn runs.</param>
/// <param name="HistorySizes">Decided history sizes for the digest cost figure.</param>
/// <param name="Rounds">
/// How many times the latency scenarios (1) and (3) measure the baseline and the bot in turn; the round with the median
/// figure is reported, with the spread of all rounds (one run on a shared machine can be far off).
/// </param>
internal sealed record BenchOptions(TimeSpan WarmUp, TimeSpan Duration, IReadOnlyList<int> Concurrency, IReadOnlyList<int> HistorySizes, int Rounds)
{
    public static BenchOptions Full { get; } = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(6), [1, 10, 50], [0, 1_000, 10_000], 3);

    public static BenchOptions Quick { get; } = new(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(400), [1, 4], [0, 200], 2);
}
