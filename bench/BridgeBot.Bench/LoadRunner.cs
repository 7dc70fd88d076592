using System.Diagnostics;

namespace BridgeBot.Bench;

/// <summary>
/// Closed-loop load: <c>concurrency</c> workers each send one request at a time, for a fixed time after a warm-up.
/// Latency is measured per request with a <see cref="Stopwatch"/> (a benchmark, never a test assertion).
/// </summary>
internal static class LoadRunner
{
    /// <param name="concurrency">Workers.</param>
    /// <param name="warmUp">Time sent but not measured.</param>
    /// <param name="duration">Time measured.</param>
    /// <param name="send">Sends request number n; returns whether it succeeded.</param>
    public static async Task<LoadResult> RunAsync(int concurrency, TimeSpan warmUp, TimeSpan duration, Func<int, Task<bool>> send)
    {
        var counter = -1;
        var clock = Stopwatch.StartNew();
        var measureFrom = warmUp;
        var stopAt = warmUp + duration;
        var latencies = new List<double>[concurrency];
        var failures = 0;
        var process = Process.GetCurrentProcess();
        var measuring = Task.Run(async () =>
        {
            await Task.Delay(warmUp);
            var cpuAtStart = CpuTime(process);
            var allocatedAtStart = GC.GetTotalAllocatedBytes();
            await Task.Delay(duration);
            return (Cpu: CpuTime(process) - cpuAtStart, Allocated: GC.GetTotalAllocatedBytes() - allocatedAtStart);
        });
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = new List<double>(4096);
            while (clock.Elapsed < stopAt)
            {
                var n = Interlocked.Increment(ref counter);
                var started = clock.Elapsed;
                bool ok;
                try
                {
                    ok = await send(n);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }

                var ended = clock.Elapsed;
                if (started >= measureFrom && ended <= stopAt)
                {
                    mine.Add((ended - started).TotalMilliseconds);
                    if (!ok)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var (cpu, allocated) = await measuring;
        var all = latencies.SelectMany(list => list).Order().ToArray();
        return new LoadResult(concurrency, all.Length, failures, duration.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99))
        {
            CpuMicrosPerRequest = all.Length == 0 ? 0 : cpu.TotalMicroseconds / all.Length,
            AllocatedKbPerRequest = all.Length == 0 ? 0 : allocated / 1024.0 / all.Length,
        };
    }

    /// <summary>Sends exactly <paramref name="total"/> requests with <paramref name="concurrency"/> workers, all measured.</summary>
    public static async Task<LoadResult> RunCountAsync(int concurrency, int total, Func<int, Task<bool>> send)
    {
        var counter = -1;
        var failures = 0;
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int n;
            while ((n = Interlocked.Increment(ref counter)) < total)
            {
                var started = clock.Elapsed;
                var ok = await send(n);
                latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.Order().ToArray();
        return new LoadResult(concurrency, all.Length, failures, elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static TimeSpan CpuTime(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
