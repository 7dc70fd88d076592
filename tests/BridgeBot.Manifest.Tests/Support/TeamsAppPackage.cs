using System.IO.Compression;
using System.Text.Json;
using BridgeBot.Testing;
using BridgeBot.Testing.Tools;

namespace BridgeBot.Manifest.Tests.Support;

/// <summary>
/// The Teams app package as scripts/package-teams-app.sh builds it for <see cref="SampleBotId"/> and <see cref="SampleDomain"/> into a temporary
/// folder, and what tools/validate-teams-manifest.js says about it. Built once per test class.
/// </summary>
public sealed class TeamsAppPackage : IDisposable
{
    public const string SampleBotId = "3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b";

    /// <summary>The host BridgeBot is reached at, which the tab and its sign-in point at.</summary>
    public const string SampleDomain = "bridgebot.example.com";

    /// <summary>The variables the packaging script reads, cleared so that the machine's environment does not leak in.</summary>
    public static readonly IReadOnlyDictionary<string, string?> CleanEnvironment = new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = null,
        ["TEAMS_APP_ID"] = null,
        ["BOT_DOMAIN"] = null,
        ["APP_VERSION"] = null,
        ["DEVELOPER_WEBSITE_URL"] = null,
        ["PRIVACY_URL"] = null,
        ["TERMS_OF_USE_URL"] = null,
    };

    private readonly string folder = Directory.CreateTempSubdirectory("bridgebot-teams-app-").FullName;

    public TeamsAppPackage()
    {
        ToolRun.RequireNode("to package the Teams app");
        ToolRun.RequireNpmPackage("@microsoft/app-manifest");
        ZipPath = Path.Combine(folder, "bridgebot-teams.zip");
        Packaging = ToolRun.Run("bash", [Script, SampleBotId, "--domain", SampleDomain, "--out", ZipPath], CleanEnvironment);
        if (Packaging.ExitCode == 0)
        {
            Validation = ToolRun.Run("node", [Validator, ZipPath]);
            using var zip = ZipFile.OpenRead(ZipPath);
            Entries = zip.Entries.ToDictionary(entry => entry.FullName, Read);
        }
    }

    public static string Script { get; } = RepositoryRoot.Combine("scripts", "package-teams-app.sh");

    public static string Validator { get; } = RepositoryRoot.Combine("tools", "validate-teams-manifest.js");

    public string ZipPath { get; }

    public ToolResult Packaging { get; }

    public ToolResult? Validation { get; }

    /// <summary>The files in the zip, by name.</summary>
    public IReadOnlyDictionary<string, byte[]> Entries { get; } = new Dictionary<string, byte[]>();

    public JsonElement Manifest => JsonDocument.Parse(Entries["manifest.json"]).RootElement;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
