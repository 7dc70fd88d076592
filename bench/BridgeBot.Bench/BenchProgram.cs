namespace BridgeBot.Bench;

/// <summary>
/// The one benchmark command (scripts/bench.sh): <c>dotnet run -c Release --project bench/BridgeBot.Bench [-- --quick] [--out DIR]</c>.
/// Not top-level statements: the host's own <c>Program</c> must stay the only one.
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        // WebApplicationFactory finds the host's content root through MvcTestingAppManifest.json in the current directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var quick = args.Contains("--quick");
        var outIndex = Array.IndexOf(args, "--out");
        var outDir = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : Path.Combine(Testing.RepositoryRoot.Path, "artifacts", "bench");

        var report = await BenchRunner.RunAsync(quick ? BenchOptions.Quick : BenchOptions.Full, Console.Out);
        Directory.CreateDirectory(outDir);
        var markdown = report.ToMarkdown();
        await File.WriteAllTextAsync(Path.Combine(outDir, "report.md"), markdown);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine("Written to " + Path.Combine(outDir, "report.md"));
        return 0;
    }
}
