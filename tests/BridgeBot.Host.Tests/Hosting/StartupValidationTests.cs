using BridgeBot.Host.Tests.Support;
using Microsoft.Extensions.Options;

namespace BridgeBot.Host.Tests.Hosting;

public class StartupValidationTests
{
    [Fact]
    public void Start_WithoutStorageSetting_StopsNamingTheKey()
    {
        using var factory = new BridgeBotFactory(Bot());

        var failure = factory.StartupFailure();

        Assert.Contains("Storage:ConnectionString", failure.Message);
    }

    [Fact]
    public void Start_Refused_IsAlsoInTheHostsOwnLog()
    {
        // What StartupFailure falls back on when WebApplicationFactory loses the failure to its race.
        using var factory = new BridgeBotFactory(Bot());

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Storage:ConnectionString", factory.LoggedFailure()?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithMalformedConnectionString_StopsNamingTheKey()
    {
        using var factory = new BridgeBotFactory(new Dictionary<string, string?>(Bot()) { ["Storage:ConnectionString"] = "AccountName=x" });

        var failure = factory.StartupFailure();

        Assert.Contains("Storage:ConnectionString is malformed", failure.Message);
        Assert.Contains("AccountKey", failure.Message);
    }

    [Fact]
    public void Start_WithAMalformedSecretsKey_StopsNamingTheKey()
    {
        // What App Service passes while the Key Vault secret is not set yet: the reference itself.
        using var factory = new BridgeBotFactory(new Dictionary<string, string?>(Bot())
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:SecretsKey"] = "@Microsoft.KeyVault(VaultName=bridgebot-kv;SecretName=StorageSecretsKey)",
        });

        Assert.Contains("Storage:SecretsKey", factory.StartupFailure().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithBadTableName_StopsNamingTheKey()
    {
        using var factory = new BridgeBotFactory(new Dictionary<string, string?>(Bot())
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:TableName"] = "no-dashes",
        });

        Assert.Contains("Storage:TableName", factory.StartupFailure().Message);
    }

    [Fact]
    public void Start_WithBothConnectionStringAndEndpoint_Stops()
    {
        using var factory = new BridgeBotFactory(new Dictionary<string, string?>(Bot())
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:TableEndpoint"] = "https://acct.table.core.windows.net/",
        });

        Assert.Contains("exactly one", factory.StartupFailure().Message);
    }

    [Fact]
    public void Start_WithHttpEndpointOffLoopback_Stops()
    {
        using var factory = new BridgeBotFactory(new Dictionary<string, string?>(Bot()) { ["Storage:TableEndpoint"] = "http://acct.table.core.windows.net/" });

        Assert.Contains("Storage:TableEndpoint", factory.StartupFailure().Message);
    }

    [Theory]
    [InlineData("Retrospectives:DelayDays", "-1")]
    [InlineData("Retrospectives:MaxAttempts", "0")]
    [InlineData("Retrospectives:TickInterval", "00:00:00")]
    public void Start_WithAnInvalidRetrospectiveSetting_StopsNamingIt(string key, string value)
    {
        using var factory = new BridgeBotFactory(new Dictionary<string, string?>(Bot())
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            [key] = value,
        });

        Assert.Contains(key.Split(':')[1], factory.StartupFailure().Message);
    }

    /// <summary>Valid bot settings, so that only the storage setting under test is wrong.</summary>
    private static Dictionary<string, string?> Bot() => new()
    {
        ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
        ["MicrosoftAppPassword"] = "secret",
    };
}
