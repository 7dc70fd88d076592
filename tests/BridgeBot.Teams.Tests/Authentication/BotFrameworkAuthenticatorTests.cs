using BridgeBot.Teams.Authentication;
using BridgeBot.Teams.Protocol;
using BridgeBot.Testing;
using Microsoft.IdentityModel.Tokens;

using BridgeBot.Testing.Identity;

namespace BridgeBot.Teams.Tests.Authentication;

public sealed class BotFrameworkAuthenticatorTests : IAsyncLifetime
{
    private AuthenticationHarness harness = null!;

    private TestIssuer Issuer => harness.Issuer;

    public async Task InitializeAsync() => harness = await AuthenticationHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Authenticate_ValidChannelToken_IsAccepted()
    {
        var result = await harness.AuthenticateAsync(Bearer(TestIssuer.ChannelToken(Issuer.BotConnectorKey)));

        Assert.True(result.IsAuthenticated, result.FailureReason);
        Assert.False(result.IsAnonymous);
        Assert.Equal(TestIssuer.BotConnectorIssuer, result.Identity?.FindFirst("iss")?.Value);
        Assert.Equal(TestIssuer.ServiceUrl, result.Identity?.FindFirst("serviceurl")?.Value);
    }

    [Fact]
    public async Task Authenticate_Activity_UsesItsChannelAndServiceUrl()
    {
        var activity = new Activity { ChannelId = Channels.MsTeams, ServiceUrl = TestIssuer.ServiceUrl };

        var result = await harness.Authenticator.AuthenticateAsync(Bearer(TestIssuer.ChannelToken(Issuer.BotConnectorKey)), activity);

        Assert.True(result.IsAuthenticated, result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_ValidToken_TrustsTheServiceUrl()
    {
        Assert.False(harness.Trust.IsTrusted(TestIssuer.ServiceUrl));

        await harness.AuthenticateAsync(Bearer(TestIssuer.ChannelToken(Issuer.BotConnectorKey)));

        Assert.True(harness.Trust.IsTrusted(TestIssuer.ServiceUrl));
    }

    [Fact]
    public async Task Authenticate_RejectedToken_DoesNotTrustTheServiceUrl()
    {
        await harness.AuthenticateAsync(Bearer(TestIssuer.ChannelToken(Issuer.BotConnectorKey, token => token.Audience = "someone-else")));

        Assert.False(harness.Trust.IsTrusted(TestIssuer.ServiceUrl));
    }

    [Fact]
    public async Task Authenticate_ExpiredToken_IsRejected()
    {
        var token = TestIssuer.ChannelToken(Issuer.BotConnectorKey, TestIssuer.Lifetime(fromMinutes: -70, toMinutes: -10));

        await AssertRejected(BotAuthenticationFailure.Expired, token);
    }

    [Fact]
    public async Task Authenticate_TokenExpiredWithinClockSkew_IsAccepted()
    {
        var token = TestIssuer.ChannelToken(Issuer.BotConnectorKey, TestIssuer.Lifetime(fromMinutes: -60, toMinutes: -2));

        await AssertAccepted(token);
    }

    [Fact]
    public async Task Authenticate_NotYetValidToken_IsRejected()
    {
        var token = TestIssuer.ChannelToken(Issuer.BotConnectorKey, TestIssuer.Lifetime(fromMinutes: 10, toMinutes: 70));

        await AssertRejected(BotAuthenticationFailure.NotYetValid, token);
    }

    [Fact]
    public async Task Authenticate_WrongAudience_IsRejected()
    {
        var token = TestIssuer.ChannelToken(Issuer.BotConnectorKey, descriptor => descriptor.Audience = "0b8a5c1e-0000-4000-8000-000000000000");

        await AssertRejected(BotAuthenticationFailure.InvalidAudience, token);
    }

    [Fact]
    public async Task Authenticate_UnknownIssuer_IsRejectedWithoutFetchingKeys()
    {
        var token = TestIssuer.ChannelToken(Issuer.BotConnectorKey, descriptor => descriptor.Issuer = "https://api.botframework.com.evil.example");

        await AssertRejected(BotAuthenticationFailure.UntrustedIssuer, token);
        Assert.Equal(0, Issuer.BotConnectorKeyFetches + Issuer.EntraKeyFetches);
    }

    [Fact]
    public async Task Authenticate_EntraIssuerOnTokenSignedByChannelKey_IsRejected()
    {
        // The issuer picks the Entra metadata, whose keys do not include the channel's key.
        var token = TestIssuer.ChannelToken(Issuer.BotConnectorKey, descriptor => descriptor.Issuer = TestIssuer.EntraIssuerV2);

        await AssertRejected(BotAuthenticationFailure.UnknownSigningKey, token);
    }

    [Fact]
    public async Task Authenticate_BadSignatureUnderKnownKeyId_IsRejected()
    {
        var token = TestIssuer.ChannelToken(Issuer.BotConnectorKey.Impostor());

        await AssertRejected(BotAuthenticationFailure.InvalidSignature, token);
    }

    [Fact]
    public async Task Authenticate_TamperedPayload_IsRejected()
    {
        var parts = TestIssuer.ChannelToken(Issuer.BotConnectorKey).Split('.');
        var forged = TestIssuer.ChannelToken(Issuer.BotConnectorKey, descriptor => descriptor.Claims["serviceurl"] = "https://evil.example/").Split('.');

        await AssertRejected(BotAuthenticationFailure.InvalidSignature, $"{parts[0]}.{forged[1]}.{parts[2]}", serviceUrl: "https://evil.example/");
    }

    [Fact]
    public async Task Authenticate_UnknownKeyId_IsRejectedAfterOneRefresh()
    {
        await harness.AuthenticateAsync(Bearer(TestIssuer.ChannelToken(Issuer.BotConnectorKey)));
        Assert.Equal(1, Issuer.BotConnectorKeyFetches);

        await AssertRejected(BotAuthenticationFailure.UnknownSigningKey, TestIssuer.ChannelToken(new TestSigningKey("never-published")));

        Assert.Equal(2, Issuer.BotConnectorKeyFetches);
    }

    [Fact]
    public async Task Authenticate_KeyRotatedInAfterKeysWereCached_IsAcceptedAfterOneRefresh()
    {
        await harness.AuthenticateAsync(Bearer(TestIssuer.ChannelToken(Issuer.BotConnectorKey)));
        var rotated = new TestSigningKey("bf-key-2", ["msteams"]);
        Issuer.Publish(rotated, entra: false);

        var result = await harness.AuthenticateAsync(Bearer(TestIssuer.ChannelToken(rotated)));

        Assert.True(result.IsAuthenticated, result.FailureReason);
        Assert.Equal(2, Issuer.BotConnectorKeyFetches);
    }

    [Fact]
    public async Task Authenticate_UnknownKeyIdsWithinRefreshInterval_RefreshOnlyOnce()
    {
        await harness.AuthenticateAsync(Bearer(TestIssuer.ChannelToken(Issuer.BotConnectorKey)));

        await harness.AuthenticateAsync(Bearer(TestIssuer.ChannelToken(new TestSigningKey("unknown-1"))));
        await harness.AuthenticateAsync(Bearer(TestIssuer.ChannelToken(new TestSigningKey("unknown-2"))));

        Assert.Equal(2, Issuer.BotConnectorKeyFetches);
    }

    [Fact]
    public async Task Authenticate_ValidTokensAfterFirst_UseCachedKeys()
    {
        for (var request = 0; request < 3; request++)
        {
            Assert.True((await harness.AuthenticateAsync(Bearer(TestIssuer.ChannelToken(Issuer.BotConnectorKey)))).IsAuthenticated);
        }

        Assert.Equal(1, Issuer.BotConnectorKeyFetches);
    }

    [Fact]
    public async Task Authenticate_DisallowedAlgorithm_IsRejected()
    {
        var token = TestIssuer.ChannelToken(Issuer.BotConnectorKey, algorithm: SecurityAlgorithms.RsaSsaPssSha256);

        await AssertRejected(BotAuthenticationFailure.DisallowedAlgorithm, token);
    }

    [Fact]
    public async Task Authenticate_MissingToken_IsRejected()
    {
        var result = await harness.AuthenticateAsync(null);

        Assert.Equal(BotAuthenticationFailure.MissingToken, result.Failure);
        Assert.False(result.IsAuthenticated);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.e30.c2ln")]
    public async Task Authenticate_NotABearerHeader_IsRejected(string header)
    {
        var result = await harness.AuthenticateAsync(header);

        Assert.Equal(BotAuthenticationFailure.InvalidScheme, result.Failure);
    }

    [Fact]
    public async Task Authenticate_BearerSchemeInOtherCase_IsAccepted()
    {
        var result = await harness.AuthenticateAsync("bearer " + TestIssuer.ChannelToken(Issuer.BotConnectorKey));

        Assert.True(result.IsAuthenticated, result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_MalformedToken_IsRejected()
    {
        var result = await harness.AuthenticateAsync("Bearer not-a-jwt");

        Assert.Equal(BotAuthenticationFailure.MalformedToken, result.Failure);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlClaimMismatch_IsRejected()
    {
        await AssertRejected(BotAuthenticationFailure.ServiceUrlMismatch, TestIssuer.ChannelToken(Issuer.BotConnectorKey), serviceUrl: "https://attacker.example/");
        Assert.False(harness.Trust.IsTrusted("https://attacker.example/"));
    }

    [Fact]
    public async Task Authenticate_ChannelTokenWithoutServiceUrlClaim_IsRejected()
    {
        var token = TestIssuer.ChannelToken(Issuer.BotConnectorKey, descriptor => descriptor.Claims.Remove("serviceurl"));

        await AssertRejected(BotAuthenticationFailure.ServiceUrlMismatch, token);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlInOtherCase_IsAccepted()
    {
        await AssertAccepted(TestIssuer.ChannelToken(Issuer.BotConnectorKey), serviceUrl: TestIssuer.ServiceUrl.ToUpperInvariant());
    }

    [Fact]
    public async Task Authenticate_ActivityWithoutServiceUrl_SkipsServiceUrlCheck()
    {
        await AssertAccepted(TestIssuer.ChannelToken(Issuer.BotConnectorKey), serviceUrl: null);
    }

    [Fact]
    public async Task Authenticate_KeyNotEndorsedForChannel_IsRejected()
    {
        await AssertRejected(BotAuthenticationFailure.ChannelNotEndorsed, TestIssuer.ChannelToken(Issuer.BotConnectorKey), channelId: "slack");
    }

    [Fact]
    public async Task Authenticate_ActivityWithoutChannelId_SkipsEndorsementCheck()
    {
        await AssertAccepted(TestIssuer.ChannelToken(Issuer.BotConnectorKey), channelId: null);
    }

    [Fact]
    public async Task Authenticate_RotatedKeyWithOtherEndorsements_IsRejectedForTeams()
    {
        var webChatOnly = new TestSigningKey("bf-webchat", ["webchat"]);
        Issuer.Publish(webChatOnly, entra: false);

        await AssertRejected(BotAuthenticationFailure.ChannelNotEndorsed, TestIssuer.ChannelToken(webChatOnly));
    }

    [Fact]
    public async Task Authenticate_EntraV2TokenFromThisApp_IsAccepted()
    {
        var result = await harness.AuthenticateAsync(Bearer(TestIssuer.EntraToken(Issuer.EntraKey)), channelId: Channels.Emulator, serviceUrl: "http://localhost:56150/");

        Assert.True(result.IsAuthenticated, result.FailureReason);
        Assert.Equal(1, Issuer.EntraKeyFetches);
        Assert.Equal(0, Issuer.BotConnectorKeyFetches);
    }

    [Fact]
    public async Task Authenticate_EntraV1TokenWithAppId_IsAccepted()
    {
        var token = TestIssuer.EntraToken(Issuer.EntraKey, descriptor =>
        {
            descriptor.Issuer = TestIssuer.EntraIssuerV1;
            descriptor.Claims = new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = TestIssuer.AppId };
        });

        await AssertAccepted(token, channelId: Channels.Emulator);
    }

    [Fact]
    public async Task Authenticate_EntraTokenOfAnotherApp_IsRejected()
    {
        var token = TestIssuer.EntraToken(Issuer.EntraKey, descriptor => descriptor.Claims["azp"] = "0b8a5c1e-0000-4000-8000-000000000000");

        await AssertRejected(BotAuthenticationFailure.AppIdMismatch, token, channelId: Channels.Emulator);
    }

    [Fact]
    public async Task Authenticate_EntraV2TokenWithOnlyAppIdClaim_IsRejected()
    {
        var token = TestIssuer.EntraToken(Issuer.EntraKey, descriptor => descriptor.Claims = new Dictionary<string, object> { ["ver"] = "2.0", ["appid"] = TestIssuer.AppId });

        await AssertRejected(BotAuthenticationFailure.AppIdMismatch, token, channelId: Channels.Emulator);
    }

    [Fact]
    public async Task Authenticate_EntraTokenWithMismatchedServiceUrlClaim_IsRejected()
    {
        var token = TestIssuer.EntraToken(Issuer.EntraKey, descriptor => descriptor.Claims["serviceurl"] = "https://elsewhere.example/");

        await AssertRejected(BotAuthenticationFailure.ServiceUrlMismatch, token, channelId: Channels.Emulator);
    }

    [Fact]
    public async Task Authenticate_SingleTenantIssuerOfOtherTenant_IsRejected()
    {
        var token = TestIssuer.EntraToken(Issuer.EntraKey, descriptor => descriptor.Issuer = "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0");

        await AssertRejected(BotAuthenticationFailure.UntrustedIssuer, token, channelId: Channels.Emulator);
    }

    [Fact]
    public async Task Authenticate_SingleTenantBotTokenFromItsTenant_IsAccepted()
    {
        const string tenant = "11111111-2222-3333-4444-555555555555";
        await using var singleTenant = await AuthenticationHarness.StartAsync(tenantId: tenant);
        var token = TestIssuer.EntraToken(singleTenant.Issuer.EntraKey, descriptor => descriptor.Issuer = $"https://login.microsoftonline.com/{tenant}/v2.0");

        var result = await singleTenant.AuthenticateAsync(Bearer(token), channelId: Channels.Emulator);

        Assert.True(result.IsAuthenticated, result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_MetadataUnreachable_IsRejectedWithoutThrowing()
    {
        await using var unreachable = await AuthenticationHarness.StartAsync(botConnectorMetadataUrl: new Uri(LoopbackServer.UnboundUrl(), ".well-known/openidconfiguration").ToString());

        var result = await unreachable.AuthenticateAsync(Bearer(TestIssuer.ChannelToken(unreachable.Issuer.BotConnectorKey)));

        Assert.False(result.IsAuthenticated);
        Assert.Equal(BotAuthenticationFailure.UnknownSigningKey, result.Failure);
    }

    [Fact]
    public async Task Authenticate_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            harness.Authenticator.AuthenticateAsync(Bearer(TestIssuer.ChannelToken(Issuer.BotConnectorKey)), Channels.MsTeams, TestIssuer.ServiceUrl, cancellation.Token));
    }

    private static string Bearer(string token) => "Bearer " + token;

    private async Task AssertAccepted(string token, string? channelId = Channels.MsTeams, string? serviceUrl = TestIssuer.ServiceUrl)
    {
        var result = await harness.AuthenticateAsync(Bearer(token), channelId, serviceUrl);

        Assert.True(result.IsAuthenticated, result.FailureReason);
        Assert.False(result.IsAnonymous);
    }

    private async Task AssertRejected(BotAuthenticationFailure expected, string token, string? channelId = Channels.MsTeams, string? serviceUrl = TestIssuer.ServiceUrl)
    {
        var result = await harness.AuthenticateAsync(Bearer(token), channelId, serviceUrl);

        Assert.False(result.IsAuthenticated);
        Assert.Null(result.Identity);
        Assert.True(expected == result.Failure, result.FailureReason);
        Assert.False(string.IsNullOrEmpty(result.FailureReason));
    }
}
