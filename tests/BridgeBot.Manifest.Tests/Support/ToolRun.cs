using System.Diagnostics;
using System.Text;
using BridgeBot.Testing;

namespace BridgeBot.Manifest.Tests.Support;

/// <summary>What a finished command printed and returned.</summary>
public sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}

/// <summary>
/// Runs the repository's Node tools (and the scripts that call them) from the repository root. A missing Node.js or
/// missing npm packages fail the test with what to install, never skip it.
/// </summary>
public static class ToolRun
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static void RequireNodeTools()
    {
        var node = Run("node", ["--version"]);
        if (node.ExitCode != 0 || !node.Output.StartsWith('v'))
        {
            throw new InvalidOperationException($"Node.js 20 or newer is needed to package the Teams app, and `node --version` failed: {node}");
        }

        var package = RepositoryRoot.Combine("node_modules", "@microsoft", "app-manifest", "package.json");
        if (!File.Exists(package))
        {
            throw new InvalidOperationException(
                $"The npm package @microsoft/app-manifest is not installed ({package} is missing). Run `npm ci` in {RepositoryRoot.Path} (scripts/setup.sh does it).");
        }
    }

    /// <summary>Runs <paramref name="fileName"/> with the arguments; environment variables in <paramref name="environment"/> are set (null: removed).</summary>
    public static ToolResult Run(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
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
            var output = new StringBuilder();
            var error = new StringBuilder();
            process.OutputDataReceived += (_, e) => output.AppendLine(e.Data);
            process.ErrorDataReceived += (_, e) => error.AppendLine(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {Timeout.TotalSeconds} s.");
            }

            process.WaitForExit();
            return new ToolResult(process.ExitCode, output.ToString(), error.ToString());
        }
    }
}
