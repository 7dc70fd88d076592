namespace BridgeBot.Bench.Scenarios;

/// <summary>
/// (5) The host's own memory under the load of (1) at the highest connection count: the host runs as its own process
/// (nothing else in it), once per GC setting (by default server GC, ASP.NET Core's default, and workstation GC).
/// </summary>
internal static class HostMemoryScenario
{
    public static async Task<IReadOnlyList<MemoryFigures>> RunAsync(
        BenchHost bench, BenchOptions options, HttpClient http, IReadOnlyList<GcSetting>? settings = null)
    {
        var figures = new List<MemoryFigures>();
        foreach (var gc in settings ?? [GcSetting.Server, GcSetting.Workstation])
        {
            await using var host = await HostProcess.StartAsync(bench.Azurite.ConnectionString, Testing.Azurite.AzuriteFixture.UniqueTableName("memory"), gc);
            var idle = host.RssBytes;
            var template = TeamsActivities.PersonalMessageTemplate(bench.Connector.ServiceUrl, "help");
            var bot = new Uri(host.BaseAddress, "/api/messages");
            var repliesBefore = bench.Connector.Replies;
            var run = Guid.NewGuid().ToString("N")[..8];
            var concurrency = options.Concurrency[^1];
            var load = await LoadRunner.RunAsync(concurrency, options.WarmUp, options.Duration, n =>
                TeamsHelpScenario.PostAsync(http, bot, template, $"memory-{run}-{n}"));
            figures.Add(new MemoryFigures(gc.Name, idle, host.PeakRssBytes, load, bench.Connector.Replies - repliesBefore));
        }

        return figures;
    }
}

/// <summary>The host process's memory in one GC mode.</summary>
/// <param name="Gc">server or workstation.</param>
/// <param name="IdleRssBytes">Resident set when ready, before load.</param>
/// <param name="PeakRssBytes">Peak resident set (VmHWM) after the load.</param>
/// <param name="Load">The load it carried.</param>
/// <param name="Delivered">Replies that reached the connector.</param>
internal sealed record MemoryFigures(string Gc, long IdleRssBytes, long PeakRssBytes, LoadResult Load, int Delivered);
