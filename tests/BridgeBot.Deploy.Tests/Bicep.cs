using System.Reflection;
using System.Text.Json.Nodes;
using BridgeBot.Testing;
using BridgeBot.Testing.Tools;

namespace BridgeBot.Deploy.Tests;

/// <summary>
/// The Bicep CLI restored from NuGet (Azure.Bicep.CommandLine.linux-x64, pinned in this project), and the templates of
/// deploy/ compiled by it once per test run.
/// </summary>
internal static class Bicep
{
    private static readonly Lazy<JsonObject> CompiledMain = new(() => Compile("main.bicep"));
    private static readonly Lazy<JsonObject> CompiledSettings = new(() => Compile("app-settings.bicep"));

    /// <summary>The ARM JSON of deploy/main.bicep.</summary>
    public static JsonObject Main => CompiledMain.Value;

    /// <summary>The ARM JSON of deploy/app-settings.bicep.</summary>
    public static JsonObject Settings => CompiledSettings.Value;

    public static string Cli
    {
        get
        {
            var path = typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCli").Value!;
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"The Bicep CLI is missing at {path}; `dotnet restore` downloads it (Azure.Bicep.CommandLine.linux-x64).");
            }

            // NuGet extracts files without their execute bit on some machines. (The CLI pinned here is the Linux one.)
            if (!OperatingSystem.IsLinux())
            {
                throw new PlatformNotSupportedException("These tests run the Linux build of the Bicep CLI.");
            }

            var mode = File.GetUnixFileMode(path);
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }

            return path;
        }
    }

    public static string PathOf(string file) => RepositoryRoot.Combine("deploy", file);

    /// <summary>Runs the CLI with <paramref name="arguments"/>; Bicep's own telemetry and update checks are off.</summary>
    public static ToolResult Run(params string[] arguments) =>
        ToolRun.Run(Cli, arguments, new Dictionary<string, string?> { ["BICEP_TELEMETRY_ENABLED"] = "false" }, TimeSpan.FromMinutes(3));

    private static JsonObject Compile(string file)
    {
        var result = Run("build", PathOf(file), "--stdout");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build {file} failed: {result}");
        }

        return JsonNode.Parse(result.Output)!.AsObject();
    }
}
