using BridgeBot.Teams.Authentication;
using Microsoft.Extensions.Configuration;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BridgeBot.Deploy.Tests;

public class BicepTemplateTests
{
    [Theory]
    [InlineData("main.bicep")]
    [InlineData("app-settings.bicep")]
    public void Build_CompilesWithoutAWarning(string file)
    {
        var result = Bicep.Run("build", Bicep.PathOf(file), "--stdout");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(result.Error.Trim().Length == 0, result.ToString());
    }

    [Theory]
    [InlineData("main.bicep")]
    [InlineData("app-settings.bicep")]
    [InlineData("main.bicepparam")]
    public void Lint_FindsNothing(string file)
    {
        var result = Bicep.Run("lint", Bicep.PathOf(file));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True((result.Output + result.Error).Trim().Length == 0, result.ToString());
    }

    [Fact]
    public void ParametersFile_Compiles_AndExplainsEveryParameterOfTheTemplate()
    {
        var result = Bicep.Run("build-params", Bicep.PathOf("main.bicepparam"), "--stdout");
        var text = File.ReadAllText(Bicep.PathOf("main.bicepparam"));

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var (name, _) in Bicep.Main["parameters"]!.AsObject())
        {
            // Each parameter is set in the file, or named in a comment that says why it is left to its default.
            var set = Regex.IsMatch(text, $@"^param {name} = ", RegexOptions.Multiline);
            var explained = Regex.IsMatch(text, $@"^// .*\b{name}\b", RegexOptions.Multiline);
            Assert.True(set || explained, $"{name} is neither set nor explained in main.bicepparam");
        }
    }

    [Fact]
    public void StorageAccount_RefusesSharedKeysAndPlainHttp()
    {
        var properties = Resource("Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.False(properties["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.True(properties["supportsHttpsTrafficOnly"]!.GetValue<bool>());
        Assert.Equal("TLS1_2", properties["minimumTlsVersion"]!.GetValue<string>());
    }

    [Fact]
    public void Identity_IsStorageTableDataContributorOnTheAccount()
    {
        var grant = Resources("Microsoft.Authorization/roleAssignments").Single(r => Text(r["scope"]).Contains("storageAccounts", StringComparison.Ordinal));

        Assert.Contains("variables('storageTableDataContributor')", Text(grant["properties"]!["roleDefinitionId"]), StringComparison.Ordinal);
        Assert.Equal("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", Bicep.Main["variables"]!["storageTableDataContributor"]!.GetValue<string>());
        Assert.Contains("userAssignedIdentities", Text(grant["properties"]!["principalId"]), StringComparison.Ordinal);
    }

    [Fact]
    public void WebApp_RunsDotNet10OnLinux_HttpsOnly_WithTheIdentityAndAHealthCheck()
    {
        var app = Resource("Microsoft.Web/sites");
        var config = app["properties"]!["siteConfig"]!;

        Assert.Equal("DOTNETCORE|10.0", Text(config["linuxFxVersion"]));
        Assert.Equal("/healthz", Text(config["healthCheckPath"]));
        Assert.True(app["properties"]!["httpsOnly"]!.GetValue<bool>());
        Assert.Equal("UserAssigned", Text(app["identity"]!["type"]));
        Assert.Contains("userAssignedIdentities", Text(app["properties"]!["keyVaultReferenceIdentity"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_PointsAtTheAppsMessagesEndpoint_WithTeamsOn_AndAManagedOrSingleTenantIdentity()
    {
        var bot = Resource("Microsoft.BotService/botServices")["properties"]!;
        var teams = Resource("Microsoft.BotService/botServices/channels")["properties"]!;
        var appTypes = Bicep.Main["parameters"]!["botAppType"]!["allowedValues"]!.AsArray().Select(Text);

        Assert.StartsWith("[format('https://{0}/api/messages', reference(", Text(bot["endpoint"]), StringComparison.Ordinal);
        Assert.Equal("[parameters('botAppType')]", Text(bot["msaAppType"]));
        Assert.Equal(["UserAssignedMSI", "SingleTenant"], appTypes);
        Assert.Equal("MsTeamsChannel", Text(teams["channelName"]));
        Assert.True(teams["properties"]!["isEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public void EveryBotAppTypeTheTemplateAllows_IsOneTheHostReads()
    {
        foreach (var allowed in Bicep.Main["parameters"]!["botAppType"]!["allowedValues"]!.AsArray().Select(Text))
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("MicrosoftAppType", allowed)]).Build();

            var bound = configuration.Get<BotOptions>()!.MicrosoftAppType;

            Assert.Equal(allowed, bound.ToString(), ignoreCase: true);
        }
    }

    [Fact]
    public void Secrets_AreKeyVaultReferences_NeverValues()
    {
        var settings = AppSettings.FromBicep();
        string[] optional = ["MicrosoftAppPassword", "Slack__SigningSecret", "Slack__BotToken", "Slack__ClientSecret"];

        foreach (var secret in optional)
        {
            var value = settings[secret];
            Assert.Contains("__bicep.vaultReference(", value, StringComparison.Ordinal);
            Assert.Contains("''", value, StringComparison.Ordinal); // off (empty) when not used, never a literal secret
        }

        Assert.StartsWith("[__bicep.vaultReference(", settings["Storage__SecretsKey"], StringComparison.Ordinal); // always from Key Vault
        Assert.StartsWith("[__bicep.vaultReference(", settings["Web__LinkSecret"], StringComparison.Ordinal);

        var reference = Bicep.Settings["functions"]![0]!["members"]!["vaultReference"]!["output"]!["value"]!.GetValue<string>();
        Assert.Contains("@Microsoft.KeyVault(VaultName={0};SecretName={1})", reference, StringComparison.Ordinal);
        Assert.DoesNotContain(Bicep.Main["parameters"]!.AsObject(), parameter => Text(parameter.Value!["type"]) == "securestring");
    }

    private static JsonObject Resource(string type) => Assert.Single(Resources(type));

    private static IEnumerable<JsonObject> Resources(string type) =>
        Bicep.Main["resources"]!.AsArray().Select(r => r!.AsObject()).Where(r => Text(r["type"]) == type);

    private static string Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToJsonString() ?? string.Empty;
}
