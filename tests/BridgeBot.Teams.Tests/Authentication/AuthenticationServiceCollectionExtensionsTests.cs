using BridgeBot.Teams.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using BridgeBot.Testing.Identity;

namespace BridgeBot.Teams.Tests.Authentication;

public class AuthenticationServiceCollectionExtensionsTests
{
    [Fact]
    public void AddBotOptions_FlatBotFrameworkKeys_AreBound()
    {
        var options = Resolve(new()
        {
            ["MicrosoftAppId"] = TestIssuer.AppId,
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppTenantId"] = "11111111-2222-3333-4444-555555555555",
        }).GetRequiredService<IOptions<BotOptions>>().Value;

        Assert.Equal(TestIssuer.AppId, options.MicrosoftAppId);
        Assert.Equal(BotAppType.UserAssignedMsi, options.MicrosoftAppType);
        Assert.Equal("11111111-2222-3333-4444-555555555555", options.MicrosoftAppTenantId);
        Assert.False(options.IsAuthenticationDisabled);
    }

    [Fact]
    public void AddBotOptions_InvalidSettings_FailWithTheSettingsName()
    {
        var services = Resolve(new() { ["MicrosoftAppId"] = TestIssuer.AppId, ["MicrosoftAppType"] = "SingleTenant" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotOptions>>().Value);
        Assert.Contains("MicrosoftAppTenantId", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTeamsAuthentication_RefreshIntervalUnderOneSecond_FailsValidation()
    {
        var services = Resolve(new() { ["Teams:Authentication:SigningKeyRefreshInterval"] = "00:00:00.500" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value);
        Assert.Contains(nameof(BotAuthenticationOptions.SigningKeyRefreshInterval), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTeamsAuthentication_Defaults_AreThePublicCloudMetadata()
    {
        var options = Resolve([]).GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.BotConnectorMetadataUrl);
        Assert.Equal("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration", options.EntraMetadataUrl);
        Assert.True(options.RequireHttpsMetadata);
        Assert.Equal(TimeSpan.FromMinutes(5), options.SigningKeyRefreshInterval);
    }

    [Fact]
    public void AddTeamsAuthentication_OptsIntoBlockingKeyRefresh()
    {
        Resolve([]);

        Assert.True(AppContext.TryGetSwitch("Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking", out var enabled) && enabled);
    }

    private static ServiceProvider Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddTeamsAuthentication(configuration).BuildServiceProvider();
    }
}
