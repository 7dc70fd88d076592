using System.Diagnostics;
using BridgeBot.Bench.Scenarios;

namespace BridgeBot.Bench;

/// <summary>Runs every scenario in one process, each against the bare baseline measured in the same run.</summary>
internal static class BenchRunner
{
    /// <param name="options">How long and how hard.</param>
    /// <param name="progress">Where the scenario titles are written as they start.</param>
    /// <param name="only">The scenarios to run (1 to 5); null or empty runs them all.</param>
    public static async Task<BenchReport> RunAsync(BenchOptions options, TextWriter progress, IReadOnlySet<int>? only = null)
    {
        async Task<T?> ScenarioAsync<T>(int scenario, string title, Func<Task<T>> run)
            where T : class
        {
            if (only is { Count: > 0 } && !only.Contains(scenario))
            {
                return null;
            }

            progress.WriteLine(title);
            return await run();
        }

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var baselineRss = process.WorkingSet64;
        await using var bare = await BareEndpoint.StartAsync();
        await using var host = await BenchHost.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

        var help = await ScenarioAsync(1, "(1) Teams help turns…", () => TeamsHelpScenario.RunAsync(host, bare, options, http));
        process.Refresh();
        var peakRss = process.PeakWorkingSet64;
        var approvals = await ScenarioAsync(2, "(2) Teams approvals…", () => ApproveScenario.RunAsync(host, bare, options == BenchOptions.Quick ? 20 : 300, Math.Min(10, options.Concurrency[^1]), http));
        var slack = await ScenarioAsync(3, "(3) Slack acknowledgements…", () => SlackAckScenario.RunAsync(host, bare, options, options.Concurrency[^1], http));
        var storage = await ScenarioAsync(4, "(4) Storage cost…", () => StorageCostScenario.RunAsync(host, options));
        var memory = await ScenarioAsync(5, "(5) The host's memory, in its own process…", () => HostMemoryScenario.RunAsync(host, options, http));

        return new BenchReport(
            TimeProvider.System.GetUtcNow(),
            $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
            help,
            approvals,
            slack,
            storage,
            baselineRss,
            peakRss,
            memory);
    }
}
