using BridgeBot.Teams.Authentication;
using BridgeBot.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BridgeBot.Teams.Tests.Authentication;

public class SigningKeysHealthCheckTests
{
    [Fact]
    public async Task Check_WithReachableMetadata_IsHealthyAndCountsTheKeys()
    {
        await using var harness = await AuthenticationHarness.StartAsync();

        var result = await new SigningKeysHealthCheck(harness.Authenticator).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("Signing keys cached: 1 from the Bot Connector, 1 from Entra ID.", result.Description);
    }

    [Fact]
    public async Task Check_SecondTime_ReadsTheCacheNotTheIssuer()
    {
        await using var harness = await AuthenticationHarness.StartAsync();
        var check = new SigningKeysHealthCheck(harness.Authenticator);

        await check.CheckHealthAsync(new HealthCheckContext());
        await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(1, harness.Issuer.BotConnectorKeyFetches);
    }

    [Fact]
    public async Task Check_WithUnreachableMetadata_IsUnhealthyAndSaysWhy()
    {
        await using var harness = await AuthenticationHarness.StartAsync(
            botConnectorMetadataUrl: LoopbackServer.UnboundUrl() + "botframework/.well-known/openidconfiguration");

        var result = await new SigningKeysHealthCheck(harness.Authenticator).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.StartsWith("The signing keys could not be loaded: ", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WithAuthenticationOff_IsHealthyAndSaysSo()
    {
        await using var harness = await AuthenticationHarness.StartAsync(appId: null);

        var result = await new SigningKeysHealthCheck(harness.Authenticator).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Contains("Authentication is off", result.Description, StringComparison.Ordinal);
        Assert.Equal(0, harness.Issuer.BotConnectorKeyFetches);
    }
}
