using System.Globalization;
using System.Text;
using BridgeBot.Bench.Scenarios;

namespace BridgeBot.Bench;

/// <summary>
/// Scenario (5) alone, repeated per GC setting, so a setting is chosen from the spread of several runs rather than from
/// one (<c>scripts/bench.sh --memory N</c>; writes <c>artifacts/bench/memory.md</c>).
/// </summary>
internal static class MemoryStudy
{
    public static IReadOnlyList<GcSetting> Settings { get; } = [GcSetting.Server, GcSetting.ServerNotConserving, GcSetting.Workstation];

    public static async Task<string> RunAsync(int repeats, BenchOptions options, TextWriter progress)
    {
        await using var host = await BenchHost.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { Timeout = TimeSpan.FromSeconds(30) };
        var runs = new List<MemoryFigures>();
        for (var i = 1; i <= repeats; i++)
        {
            progress.WriteLine(Inv($"(5) round {i} of {repeats}…"));
            runs.AddRange(await HostMemoryScenario.RunAsync(host, options, http, Settings));
        }

        var md = new StringBuilder();
        md.AppendLine(Inv($"Scenario (5) alone, {repeats} rounds (the settings in turn within each round), {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores."));
        md.AppendLine();
        md.AppendLine("| GC | peak RSS MB (each run) | min | median | max | turns/s (median) |");
        md.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var setting in Settings)
        {
            var mine = runs.Where(run => run.Gc == setting.Name).ToArray();
            var peaks = mine.Select(run => run.PeakRssBytes / 1048576.0).ToArray();
            var sorted = peaks.Order().ToArray();
            var rates = mine.Select(run => run.Load.PerSecond).Order().ToArray();
            md.AppendLine(Inv($"| {setting.Name} | {string.Join(", ", peaks.Select(p => p.ToString("0", CultureInfo.InvariantCulture)))} | {sorted[0]:0} | {sorted[sorted.Length / 2]:0} | {sorted[^1]:0} | {rates[rates.Length / 2]:0} |"));
        }

        return md.ToString();
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
