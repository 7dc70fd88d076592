namespace BridgeBot.Bench;

/// <summary>What one load run measured.</summary>
/// <param name="Concurrency">Concurrent connections.</param>
/// <param name="Requests">Requests completed.</param>
/// <param name="Failures">Requests that failed (a non-success status or an exception).</param>
/// <param name="Seconds">The measured interval.</param>
/// <param name="P50Ms">Median latency.</param>
/// <param name="P99Ms">99th percentile latency.</param>
internal sealed record LoadResult(int Concurrency, int Requests, int Failures, double Seconds, double P50Ms, double P99Ms)
{
    public double PerSecond => Requests / Seconds;
}
