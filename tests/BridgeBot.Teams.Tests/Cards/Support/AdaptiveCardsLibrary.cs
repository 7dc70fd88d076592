using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace BridgeBot.Teams.Tests.Cards.Support;

/// <summary>
/// Runs tools/validate-adaptive-cards.js (Microsoft's adaptivecards library under Node) over card files.
/// A missing Node or package fails the test with what to install: this check is never skipped.
/// </summary>
internal static class AdaptiveCardsLibrary
{
    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<CardReport> Validate(IReadOnlyList<string> files)
    {
        var script = Path.Combine(RepoPaths.Root, "tools", "validate-adaptive-cards.js");
        var library = Path.Combine(RepoPaths.Root, "node_modules", "adaptivecards", "dist", "adaptivecards.js");
        Assert.True(File.Exists(library), $"{library} is missing: run `npm ci` in {RepoPaths.Root} (scripts/setup.sh does).");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException("`node` is not on PATH: install Node.js 20 or newer to validate Adaptive Cards.", error);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "validate-adaptive-cards.js did not finish within 2 minutes.");
            Assert.True(process.ExitCode is 0 or 1, $"validate-adaptive-cards.js could not run (exit {process.ExitCode}): {stderr.Result}");
            return JsonSerializer.Deserialize<CardReport[]>(stdout.Result, ReportJson)!;
        }
    }
}
