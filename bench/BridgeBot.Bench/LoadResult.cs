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

    /// <summary>
    /// CPU time of the whole benchmark process (load generator and fakes included) per request over the measured
    /// interval, in microseconds; 0 when not measured. Less noisy than a rate when the cores are shared.
    /// </summary>
    public double CpuMicrosPerRequest { get; init; }

    /// <summary>Managed bytes the whole process allocated per request over the measured interval, in KB; 0 when not measured.</summary>
    public double AllocatedKbPerRequest { get; init; }
}
