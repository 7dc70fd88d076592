using Azure.Identity;
using BridgeBot.Teams.Authentication;
using BridgeBot.Teams.Connector;

namespace BridgeBot.Teams.Tests.Connector;

public class BotCredentialsTests
{
    private const string AppId = "6f1f3c0e-2a4b-4c5d-8e9f-0a1b2c3d4e5f";

    [Theory]
    [InlineData(BotAppType.MultiTenant, typeof(ClientSecretCredential))]
    [InlineData(BotAppType.SingleTenant, typeof(ClientSecretCredential))]
    [InlineData(BotAppType.UserAssignedMsi, typeof(ManagedIdentityCredential))]
    public void Create_AppType_PicksTheCredential(BotAppType appType, Type expected)
    {
        var options = new BotOptions
        {
            MicrosoftAppId = AppId,
            MicrosoftAppType = appType,
            MicrosoftAppTenantId = "11111111-2222-3333-4444-555555555555",
            MicrosoftAppPassword = appType == BotAppType.UserAssignedMsi ? null : "secret",
        };

        Assert.IsType(expected, BotCredentials.Create(options));
    }

    [Fact]
    public void Create_AuthenticationOff_IsRefused()
    {
        Assert.Throws<InvalidOperationException>(() => BotCredentials.Create(new BotOptions()));
    }
}
