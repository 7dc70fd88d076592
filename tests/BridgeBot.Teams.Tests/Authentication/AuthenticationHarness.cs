using BridgeBot.Teams.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

using BridgeBot.Testing.Identity;

namespace BridgeBot.Teams.Tests.Authentication;

/// <summary>A <see cref="TestIssuer"/> and an authenticator wired to it the way the host wires it (AddTeamsAuthentication).</summary>
internal sealed class AuthenticationHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private AuthenticationHarness(TestIssuer issuer, ServiceProvider services)
    {
        Issuer = issuer;
        this.services = services;
    }

    public TestIssuer Issuer { get; }

    public BotFrameworkAuthenticator Authenticator => services.GetRequiredService<BotFrameworkAuthenticator>();

    public IServiceUrlTrust Trust => services.GetRequiredService<IServiceUrlTrust>();

    /// <summary>With <paramref name="appId"/> null authentication is off.</summary>
    public static async Task<AuthenticationHarness> StartAsync(string? appId = TestIssuer.AppId, string? tenantId = null, string? botConnectorMetadataUrl = null)
    {
        var issuer = await TestIssuer.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = appId,
                ["MicrosoftAppPassword"] = appId is null ? null : "secret",
                ["MicrosoftAppType"] = tenantId is null ? "MultiTenant" : "SingleTenant",
                ["MicrosoftAppTenantId"] = tenantId,
                ["Teams:Authentication:BotConnectorMetadataUrl"] = botConnectorMetadataUrl ?? issuer.BotConnectorMetadataUrl,
                ["Teams:Authentication:EntraMetadataUrl"] = issuer.EntraMetadataUrl,
                ["Teams:Authentication:RequireHttpsMetadata"] = "false",
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddTeamsAuthentication(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new AuthenticationHarness(issuer, services);
    }

    public Task<BotAuthenticationResult> AuthenticateAsync(string? authorization, string? channelId = "msteams", string? serviceUrl = TestIssuer.ServiceUrl) =>
        Authenticator.AuthenticateAsync(authorization, channelId, serviceUrl);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
