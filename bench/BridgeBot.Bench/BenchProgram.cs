namespace BridgeBot.Bench;

/// <summary>
/// The one benchmark command (scripts/bench.sh): <c>dotnet run -c Release --project bench/BridgeBot.Bench [-- --quick | --memory N] [--out DIR]</c>
/// (<c>--memory N</c>: scenario (5) alone, N rounds per GC setting).
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

        Directory.CreateDirectory(outDir);
        var memoryIndex = Array.IndexOf(args, "--memory");
        if (memoryIndex >= 0)
        {
            var repeats = memoryIndex + 1 < args.Length && int.TryParse(args[memoryIndex + 1], out var n) && n > 0 ? n : 3;
            var study = await MemoryStudy.RunAsync(repeats, BenchOptions.Full, Console.Out);
            await File.WriteAllTextAsync(Path.Combine(outDir, "memory.md"), study);
            Console.WriteLine();
            Console.WriteLine(study);
            Console.WriteLine("Written to " + Path.Combine(outDir, "memory.md"));
            return 0;
        }

        var report = await BenchRunner.RunAsync(quick ? BenchOptions.Quick : BenchOptions.Full, Console.Out);
        var markdown = report.ToMarkdown();
        await File.WriteAllTextAsync(Path.Combine(outDir, "report.md"), markdown);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine("Written to " + Path.Combine(outDir, "report.md"));
        return 0;
    }
}
