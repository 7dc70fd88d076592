using System.Globalization;
using System.Text.Json;
using BridgeBot.Testing;
using BridgeBot.Testing.Tools;

namespace BridgeBot.EndToEnd.Tests.Support;

/// <summary>
/// One run of tools/playground/e2e-decision.js (two managers decide a conflict in the Agents Playground) against a
/// running bot, and the JSON summary it printed last on stdout.
/// </summary>
public sealed class PlaygroundRun
{
    public static readonly string Script = RepositoryRoot.Combine("tools", "playground", "e2e-decision.js");

    private PlaygroundRun(ToolResult result)
    {
        Result = result;
        var last = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (last is not null && last.StartsWith('{'))
        {
            try
            {
                Summary = JsonDocument.Parse(last).RootElement.Clone();
            }
            catch (JsonException)
            {
                // Described by Describe(): the output is shown whole.
            }
        }
    }

    public ToolResult Result { get; }

    /// <summary>The script's summary: { ok, conflictId, deadline, newDate, steps, screenshots, playgroundLogs, error? }.</summary>
    public JsonElement? Summary { get; }

    public bool Passed => Result.ExitCode == 0 && Summary?.GetProperty("ok").GetBoolean() == true;

    public string? ConflictId => Summary?.GetProperty("conflictId").GetString();

    public IReadOnlyList<string> Screenshots => Strings("screenshots");

    public IReadOnlyList<string> PlaygroundLogs => Strings("playgroundLogs");

    /// <summary>Runs the script with node; past <paramref name="timeout"/> node and everything it started are killed.</summary>
    public static async Task<PlaygroundRun> DecideAsync(Uri botEndpoint, DateOnly deadline, DateOnly newDate, string artifactsDirectory, TimeSpan timeout)
    {
        ToolRun.RequireNode("to drive the Agents Playground");
        var result = await ToolRun.RunAsync(
            "node",
            [Script, botEndpoint.ToString(), Date(deadline), Date(newDate), artifactsDirectory],
            timeout: timeout);
        return new PlaygroundRun(result);
    }

    /// <summary>What happened, for an assertion message: the exit, both outputs, and where the playground logs are.</summary>
    public string Describe()
    {
        var exit = Result.TimedOut
            ? "node was killed: the run took longer than its time limit"
            : Result.ExitCode switch
            {
                0 => "node exited 0",
                3 => "node exited 3: something the test needs is not installed (see stderr for what to run)",
                var code => $"node exited {code}",
            };
        var logs = PlaygroundLogs.Count > 0 ? string.Join(Environment.NewLine, PlaygroundLogs) : "(none started)";
        return $"""
            {exit} ({Script})
            --- stderr (progress) ---
            {Result.Error.TrimEnd()}
            --- stdout (summary) ---
            {Result.Output.TrimEnd()}
            --- playground logs ---
            {logs}
            """;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string[] Strings(string property) =>
        Summary is { } summary && summary.TryGetProperty(property, out var array)
            ? array.EnumerateArray().Select(item => item.GetString()!).ToArray()
            : [];
}
