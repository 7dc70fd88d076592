using System.Diagnostics;

namespace BridgeBot.Testing.Tools;

/// <summary>What a finished (or stopped) command printed and returned.</summary>
/// <param name="ExitCode">The exit code; -1 when it was killed for running too long.</param>
/// <param name="Output">Its standard output.</param>
/// <param name="Error">Its standard error.</param>
/// <param name="TimedOut">Whether it ran past its time limit and was killed.</param>
public sealed record ToolResult(int ExitCode, string Output, string Error, bool TimedOut = false)
{
    public override string ToString() =>
        $"{(TimedOut ? "killed: it ran past its time limit" : $"exit code {ExitCode}")}\nstdout:\n{Output}\nstderr:\n{Error}";
}

/// <summary>
/// Runs the repository's Node tools (and the scripts that call them) from the repository root. A missing Node.js or
/// missing npm packages fail the test with what to install, never skip it. A command that runs past its time limit is
/// killed by its process id, with every process it started.
/// </summary>
public static class ToolRun
{
    /// <summary>The time limit when the caller names none.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Fails unless <c>node</c> runs; <paramref name="purpose"/> says what it is needed for.</summary>
    public static void RequireNode(string purpose)
    {
        var node = Run("node", ["--version"]);
        if (node.ExitCode != 0 || !node.Output.StartsWith('v'))
        {
            throw new InvalidOperationException($"Node.js 20 or newer is needed {purpose}, and `node --version` failed: {node}");
        }
    }

    /// <summary>Fails unless the npm package is installed in the repository's node_modules.</summary>
    public static void RequireNpmPackage(string package)
    {
        var manifest = RepositoryRoot.Combine(["node_modules", .. package.Split('/'), "package.json"]);
        if (!File.Exists(manifest))
        {
            throw new InvalidOperationException(
                $"The npm package {package} is not installed ({manifest} is missing). Run `npm ci` in {RepositoryRoot.Path} (scripts/setup.sh does it).");
        }
    }

    /// <summary>Runs <paramref name="fileName"/> and waits for it; see <see cref="RunAsync"/>.</summary>
    public static ToolResult Run(
        string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null) =>
        RunAsync(fileName, arguments, environment, timeout).GetAwaiter().GetResult();

    /// <summary>
    /// Runs <paramref name="fileName"/> with the arguments; environment variables in <paramref name="environment"/> are
    /// set (null: removed). Past <paramref name="timeout"/> (default <see cref="DefaultTimeout"/>) the process and its
    /// children are killed and the result says so, with what they printed until then.
    /// </summary>
    public static async Task<ToolResult> RunAsync(
        string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Cannot run {fileName}: {e.Message}. Install it (Node.js 20+ for node).", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(timeout ?? DefaultTimeout);
            var timedOut = false;
            try
            {
                await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested)
            {
                timedOut = true;
            }
            finally
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync().ConfigureAwait(false);
                }
            }

            return new ToolResult(timedOut ? -1 : process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false), timedOut);
        }
    }
}
