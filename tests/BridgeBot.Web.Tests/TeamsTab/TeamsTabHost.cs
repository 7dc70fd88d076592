using System.Net.Http.Headers;
using BridgeBot.Testing;
using BridgeBot.Testing.Identity;
using BridgeBot.Web.Hosting;
using BridgeBot.Web.Links;
using BridgeBot.Web.TeamsTab;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BridgeBot.Web.Tests.TeamsTab;

/// <summary>
/// The tab's endpoints as the host maps them (AddBridgeBotWeb, AddTeamsTab, MapTeamsTab) on a loopback Kestrel, with
/// the Entra metadata and keys of a <see cref="TestIssuer"/> on another.
/// </summary>
internal sealed class TeamsTabHost : IAsyncDisposable
{
    public const string PublicBaseUrl = "https://bridgebot.example/";
    public const string ApplicationIdUri = "api://bridgebot.example/" + TestIssuer.AppId;
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string OtherTenant = "0d3c8f41-5b6e-4a1f-9c2d-7e8f9a0b1c2d";

    /// <summary>The Teams desktop and mobile client, which asks Entra ID for the tab's token.</summary>
    public const string TeamsClientId = "1fec8e78-bce4-4aaf-ab1b-5451cc387264";

    private readonly LoopbackServer server;

    private TeamsTabHost(TestIssuer issuer, LoopbackServer server)
    {
        Issuer = issuer;
        this.server = server;
        Http = new HttpClient { BaseAddress = server.BaseAddress };
    }

    public TestIssuer Issuer { get; }

    public HttpClient Http { get; }

    public LogLinkSigner Signer => server.Services.GetRequiredService<LogLinkSigner>();

    /// <summary>Starts the tab for the test app (MultiTenant); <paramref name="settings"/> overrides (a null value removes one).</summary>
    public static async Task<TeamsTabHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string environment = "Production")
    {
        var issuer = await TestIssuer.StartAsync();
        var configuration = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestIssuer.AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppType"] = "MultiTenant",
            ["Teams:Authentication:BotConnectorMetadataUrl"] = issuer.BotConnectorMetadataUrl,
            ["Teams:Authentication:EntraMetadataUrl"] = issuer.EntraMetadataUrl,
            ["Teams:Authentication:RequireHttpsMetadata"] = "false",
            ["Web:PublicBaseUrl"] = PublicBaseUrl,
            ["Web:LinkSecret"] = "dGVhbXMtdGFiLXRlc3RzLWxpbmsta2V5LTMyLWJ5dGVzIQ==",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var server = await LoopbackServer.StartAsync(
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(configuration);
                builder.Services.AddSingleton(TimeProvider.System);
                builder.AddBridgeBotWeb();
                builder.AddTeamsTab();
            },
            app => app.MapTeamsTab(),
            environment);
        return new TeamsTabHost(issuer, server);
    }

    /// <summary>POSTs <paramref name="token"/> to the session endpoint as the tab's script does.</summary>
    public async Task<HttpResponseMessage> SessionAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TeamsTabEndpoints.SessionRoute.TrimStart('/'));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await server.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
