using BridgeBot.Teams.Authentication;

using BridgeBot.Testing.Identity;

namespace BridgeBot.Teams.Tests.Authentication;

/// <summary>No MicrosoftAppId: local development with the Emulator or Agents Playground.</summary>
public sealed class AuthenticationOffTests : IAsyncLifetime
{
    private AuthenticationHarness harness = null!;

    public async Task InitializeAsync() => harness = await AuthenticationHarness.StartAsync(appId: null);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Authenticate_AuthOffWithoutHeader_IsAnonymous()
    {
        var result = await harness.AuthenticateAsync(null, serviceUrl: "http://localhost:56150/_connector");

        Assert.True(result.IsAuthenticated);
        Assert.True(result.IsAnonymous);
        Assert.False(result.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task Authenticate_AuthOffWithoutHeader_DoesNotTrustAnyServiceUrl()
    {
        await harness.AuthenticateAsync(null, serviceUrl: "https://smba.trafficmanager.net/amer/");

        Assert.False(harness.Trust.IsTrusted("https://smba.trafficmanager.net/amer/"));
    }

    [Fact]
    public async Task Authenticate_AuthOffWithForgedToken_IsStillValidated()
    {
        var result = await harness.AuthenticateAsync("Bearer " + TestIssuer.ChannelToken(harness.Issuer.BotConnectorKey.Impostor()));

        Assert.False(result.IsAuthenticated);
        Assert.Equal(BotAuthenticationFailure.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task Authenticate_AuthOffWithWellSignedToken_IsRejectedForLackOfAnAudience()
    {
        // Without an app id no token can be addressed to this bot, so a token is never accepted.
        var result = await harness.AuthenticateAsync("Bearer " + TestIssuer.ChannelToken(harness.Issuer.BotConnectorKey));

        Assert.False(result.IsAuthenticated);
        Assert.Equal(BotAuthenticationFailure.InvalidAudience, result.Failure);
    }

    [Fact]
    public async Task Authenticate_AuthOffWithWrongScheme_IsRejected()
    {
        var result = await harness.AuthenticateAsync("Basic dXNlcjpwYXNz");

        Assert.Equal(BotAuthenticationFailure.InvalidScheme, result.Failure);
    }
}
