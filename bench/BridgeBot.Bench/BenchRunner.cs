using System.Diagnostics;
using BridgeBot.Bench.Scenarios;

namespace BridgeBot.Bench;

/// <summary>Runs every scenario in one process, each against the bare baseline measured in the same run.</summary>
internal static class BenchRunner
{
    public static async Task<BenchReport> RunAsync(BenchOptions options, TextWriter progress)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var baselineRss = process.WorkingSet64;
        await using var bare = await BareEndpoint.StartAsync();
        await using var host = await BenchHost.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

        progress.WriteLine("(1) Teams help turns…");
        var help = await TeamsHelpScenario.RunAsync(host, bare, options, http);
        process.Refresh();
        var peakRss = process.PeakWorkingSet64;

        progress.WriteLine("(2) Teams approvals…");
        var approvals = await ApproveScenario.RunAsync(host, bare, options == BenchOptions.Quick ? 20 : 300, Math.Min(10, options.Concurrency[^1]), http);
        progress.WriteLine("(3) Slack acknowledgements…");
        var slack = await SlackAckScenario.RunAsync(host, bare, options, options.Concurrency[^1], http);
        progress.WriteLine("(4) Storage cost…");
        var storage = await StorageCostScenario.RunAsync(host, options);
        progress.WriteLine("(5) The host's memory, in its own process…");
        var memory = await HostMemoryScenario.RunAsync(host, options, http);

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
