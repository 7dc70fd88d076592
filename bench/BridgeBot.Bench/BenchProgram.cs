namespace BridgeBot.Bench;

/// <summary>
/// The one benchmark command (scripts/bench.sh): <c>dotnet run -c Release --project bench/BridgeBot.Bench [-- --quick | --memory N] [--only 1,3] [--out DIR]</c>
/// (<c>--memory N</c>: scenario (5) alone, N rounds per GC setting; <c>--only</c>: those scenarios, into <c>report-only.md</c>).
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

        var onlyIndex = Array.IndexOf(args, "--only");
        var only = onlyIndex >= 0 && onlyIndex + 1 < args.Length ? ParseScenarios(args[onlyIndex + 1]) : null;
        if (onlyIndex >= 0 && only is null)
        {
            Console.Error.WriteLine("--only takes scenario numbers from 1 to 5, separated by commas, e.g. --only 1,3");
            return 2;
        }

        var report = await BenchRunner.RunAsync(quick ? BenchOptions.Quick : BenchOptions.Full, Console.Out, only);
        var markdown = report.ToMarkdown();

        // A partial run never overwrites the full report.
        var file = Path.Combine(outDir, only is null ? "report.md" : "report-only.md");
        await File.WriteAllTextAsync(file, markdown);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine("Written to " + file);
        return 0;
    }

    private static HashSet<int>? ParseScenarios(string list)
    {
        var scenarios = new HashSet<int>();
        foreach (var part in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, System.Globalization.CultureInfo.InvariantCulture, out var n) || n is < 1 or > 5)
            {
                return null;
            }

            scenarios.Add(n);
        }

        return scenarios.Count > 0 ? scenarios : null;
    }
}
