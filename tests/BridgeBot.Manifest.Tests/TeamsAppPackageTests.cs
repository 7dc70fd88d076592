using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Nodes;
using BridgeBot.Domain.Commands;
using BridgeBot.Manifest.Tests.Support;
using BridgeBot.Testing;
using BridgeBot.Testing.Tools;
using BridgeBot.Web.TeamsTab;

namespace BridgeBot.Manifest.Tests;

public sealed class TeamsAppPackageTests(TeamsAppPackage package) : IClassFixture<TeamsAppPackage>
{
    [Fact]
    public void PackagingScript_WithSampleBotId_Succeeds()
    {
        Assert.True(package.Packaging.ExitCode == 0, package.Packaging.ToString());
        Assert.True(File.Exists(package.ZipPath));
    }

    [Fact]
    public void Validator_OnThePackage_ReportsNoErrors()
    {
        var validation = Validated();

        Assert.True(validation.ExitCode == 0, validation.ToString());
        var report = JsonDocument.Parse(validation.Output).RootElement;
        Assert.True(report.GetProperty("valid").GetBoolean());
        Assert.Equal(0, report.GetProperty("errors").GetArrayLength());
        Assert.Equal("1.30", report.GetProperty("manifestVersion").GetString());
    }

    [Fact]
    public void Validator_OnABrokenManifest_ReportsEachError()
    {
        var folder = Directory.CreateTempSubdirectory("bridgebot-broken-manifest-").FullName;
        try
        {
            var manifest = JsonNode.Parse(Packaged().Entries["manifest.json"])!;
            manifest["name"]!["short"] = new string('x', 31);
            manifest["version"] = "1.0";
            File.WriteAllText(Path.Combine(folder, "manifest.json"), manifest.ToJsonString());
            File.WriteAllBytes(Path.Combine(folder, "color.png"), package.Entries["outline.png"]);
            File.WriteAllBytes(Path.Combine(folder, "outline.png"), package.Entries["outline.png"]);

            var validation = ToolRun.Run("node", [TeamsAppPackage.Validator, folder]);

            Assert.Equal(1, validation.ExitCode);
            var checks = JsonDocument.Parse(validation.Output).RootElement.GetProperty("errors").EnumerateArray()
                .Select(error => error.GetProperty("check").GetString()).ToList();
            Assert.Equal(["icons", "schema", "version"], checks.Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Package_HoldsTheManifestAndBothIconsAtItsRoot()
    {
        Assert.Equal(["color.png", "manifest.json", "outline.png"], Packaged().Entries.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Icons_HaveTheSizesAndTransparencyTeamsNeeds()
    {
        var color = PngHeader.Read(Packaged().Entries["color.png"]);
        var outline = PngHeader.Read(package.Entries["outline.png"]);

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(PngHeader.TruecolourWithAlpha, outline.ColorType);
    }

    [Fact]
    public void Icons_AreWhatTheirGeneratorDraws()
    {
        var check = ToolRun.Run("node", [RepositoryRoot.Combine("tools", "teams-app", "make-icons.js"), "--check"]);

        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public void Manifest_CarriesTheBotIdAndAnAppIdDerivedFromIt()
    {
        var manifest = Packaged().Manifest;

        Assert.Equal(TeamsAppPackage.SampleBotId, manifest.GetProperty("bots")[0].GetProperty("botId").GetString());
        var appId = Guid.Parse(manifest.GetProperty("id").GetString()!);
        Assert.NotEqual(Guid.Parse(TeamsAppPackage.SampleBotId), appId);
        Assert.DoesNotContain("${{", System.Text.Encoding.UTF8.GetString(package.Entries["manifest.json"]), StringComparison.Ordinal);
    }

    [Fact]
    public void PackagingScript_RunTwice_WritesTheSameZip()
    {
        var again = Path.Combine(Path.GetDirectoryName(Packaged().ZipPath)!, "again", "bridgebot-teams.zip");

        var result = ToolRun.Run(
            "bash", [TeamsAppPackage.Script, TeamsAppPackage.SampleBotId, "--domain", TeamsAppPackage.SampleDomain, "--out", again], TeamsAppPackage.CleanEnvironment);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(File.ReadAllBytes(package.ZipPath), File.ReadAllBytes(again));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("3f2a1b4c5d6e4f708a9b0c1d2e3f4a5b")]
    public void PackagingScript_WithABotIdThatIsNoGuid_RefusesAndWritesNothing(string botId)
    {
        var output = Path.Combine(Path.GetDirectoryName(Packaged().ZipPath)!, "refused", "bridgebot-teams.zip");

        var result = ToolRun.Run("bash", [TeamsAppPackage.Script, botId, "--out", output], TeamsAppPackage.CleanEnvironment);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("is not a GUID", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData(null, "no domain")]
    [InlineData("*.example.com", "is not a host name")]
    [InlineData("https://bridgebot.example.com/", "is not a host name")]
    public void PackagingScript_WithoutAUsableDomain_RefusesAndWritesNothing(string? domain, string error)
    {
        var output = Path.Combine(Path.GetDirectoryName(Packaged().ZipPath)!, "no-domain", "bridgebot-teams.zip");
        string[] domainArguments = domain is null ? [] : ["--domain", domain];

        var result = ToolRun.Run("bash", [TeamsAppPackage.Script, TeamsAppPackage.SampleBotId, .. domainArguments, "--out", output], TeamsAppPackage.CleanEnvironment);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(error, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void PersonalTab_OpensTheTabPageOnTheDomain()
    {
        var tab = Assert.Single(Packaged().Manifest.GetProperty("staticTabs").EnumerateArray());

        Assert.Equal($"https://{TeamsAppPackage.SampleDomain}{TeamsTabEndpoints.PageRoute}", tab.GetProperty("contentUrl").GetString());
        Assert.Equal(["personal"], Strings(tab.GetProperty("scopes")));
        Assert.Equal([TeamsAppPackage.SampleDomain], Strings(package.Manifest.GetProperty("validDomains")));
    }

    [Fact]
    public void WebApplicationInfo_NamesTheBotsAppAndItsApplicationIdUri_ForTabSso()
    {
        var info = Packaged().Manifest.GetProperty("webApplicationInfo");

        Assert.Equal(TeamsAppPackage.SampleBotId, info.GetProperty("id").GetString());
        Assert.Equal($"api://{TeamsAppPackage.SampleDomain}/{TeamsAppPackage.SampleBotId}", info.GetProperty("resource").GetString());
    }

    [Fact]
    public void Bot_IsConversationalInAllThreeScopes_WithOneCommandListEach()
    {
        var bot = Packaged().Manifest.GetProperty("bots")[0];
        var lists = bot.GetProperty("commandLists").EnumerateArray().ToList();

        Assert.Equal(["groupChat", "personal", "team"], Strings(bot.GetProperty("scopes")).Order(StringComparer.Ordinal));
        Assert.False(bot.GetProperty("supportsFiles").GetBoolean());
        Assert.False(bot.GetProperty("isNotificationOnly").GetBoolean());
        Assert.Equal(["groupChat", "personal", "team"], lists.SelectMany(list => Strings(list.GetProperty("scopes"))).Order(StringComparer.Ordinal));
        Assert.All(lists, list => Assert.InRange(list.GetProperty("commands").GetArrayLength(), 1, 12));
    }

    [Fact]
    public void CommandTitles_AreBotCommandWords_DescribedAsHelpDescribesThem()
    {
        var commands = Packaged().Manifest.GetProperty("bots")[0].GetProperty("commandLists").EnumerateArray()
            .SelectMany(list => list.GetProperty("commands").EnumerateArray());

        Assert.All(commands, command =>
        {
            var title = command.GetProperty("title").GetString();
            var spec = CommandHelp.Find(title);
            Assert.True(spec is not null && spec.Name == title, $"\"{title}\" is not a command word of CommandHelp");
            Assert.Equal(spec.Summary, command.GetProperty("description").GetString());
        });
    }

    [Fact]
    public void CommandLists_OfferHelpEverywhere_AndOpenWhereConflictsAreOpened()
    {
        var titles = Packaged().Manifest.GetProperty("bots")[0].GetProperty("commandLists").EnumerateArray().ToDictionary(
            list => list.GetProperty("scopes")[0].GetString()!,
            list => list.GetProperty("commands").EnumerateArray().Select(command => command.GetProperty("title").GetString()).ToList());

        Assert.All(titles.Values, list => Assert.Contains(CommandNames.Help, list));
        Assert.Contains(CommandNames.Open, titles["team"]);
        Assert.Contains(CommandNames.Open, titles["groupChat"]);
        Assert.Contains(CommandNames.Reason, titles["personal"]);
    }

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString());

    private TeamsAppPackage Packaged()
    {
        Assert.True(package.Packaging.ExitCode == 0, $"packaging failed: {package.Packaging}");
        return package;
    }

    private ToolResult Validated() => Packaged().Validation ?? throw new InvalidOperationException("The validator did not run.");

    private sealed record PngHeader(int Width, int Height, byte ColorType)
    {
        public const byte TruecolourWithAlpha = 6;

        public static PngHeader Read(byte[] png)
        {
            Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a }), "not a PNG");
            Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
            return new(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)), png[25]);
        }
    }
}
