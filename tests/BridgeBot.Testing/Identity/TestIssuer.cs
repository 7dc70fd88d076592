using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BridgeBot.Testing.Identity;

/// <summary>
/// A stand-in for login.botframework.com and login.microsoftonline.com on a loopback Kestrel: OpenID
/// metadata and JWKS for a Bot Connector issuer and an Entra issuer, keys that can be rotated in, and
/// tokens minted with JsonWebTokenHandler.
/// </summary>
public sealed class TestIssuer : IAsyncDisposable
{
    public const string AppId = "6f1f3c0e-2a4b-4c5d-8e9f-0a1b2c3d4e5f";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string BotConnectorIssuer = "https://api.botframework.com";
    public const string EntraIssuerV2 = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";
    public const string EntraIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<TestSigningKey>> published = new();
    private readonly ConcurrentDictionary<string, int> keyFetches = new();
    private LoopbackServer? server;

    private TestIssuer()
    {
        Publish(BotConnectorKey, entra: false);
        Publish(EntraKey, entra: true);
    }

    // RSA key generation is slow; every issuer publishes the same two keys, which no test changes.
    private static readonly TestSigningKey SharedBotConnectorKey = new("bf-key-1", ["msteams", "emulator"]);
    private static readonly TestSigningKey SharedEntraKey = new("entra-key-1");

    public TestSigningKey BotConnectorKey => SharedBotConnectorKey;

    public TestSigningKey EntraKey => SharedEntraKey;

    public string BotConnectorMetadataUrl => Server.Url("botframework/.well-known/openidconfiguration").ToString();

    public string EntraMetadataUrl => Server.Url("entra/.well-known/openid-configuration").ToString();

    public int BotConnectorKeyFetches => keyFetches.GetValueOrDefault("botframework");

    public int EntraKeyFetches => keyFetches.GetValueOrDefault("entra");

    private LoopbackServer Server => server ?? throw new InvalidOperationException("Not started.");

    public static async Task<TestIssuer> StartAsync()
    {
        var issuer = new TestIssuer();
        issuer.server = await LoopbackServer.StartAsync(issuer.Map);
        return issuer;
    }

    /// <summary>Adds a key to the issuer's JWKS, as a key rotation does.</summary>
    public void Publish(TestSigningKey key, bool entra) => published.GetOrAdd(Tenant(entra), _ => new()).Enqueue(key);

    /// <summary>A Bot Connector token for <see cref="AppId"/> and <see cref="ServiceUrl"/>, valid for an hour; adjust with <paramref name="customize"/>.</summary>
    public static string ChannelToken(TestSigningKey key, Action<SecurityTokenDescriptor>? customize = null, string algorithm = SecurityAlgorithms.RsaSha256) =>
        Mint(key, BotConnectorIssuer, new Dictionary<string, object> { ["serviceurl"] = ServiceUrl }, customize, algorithm);

    /// <summary>A token lifetime from <paramref name="fromMinutes"/> to <paramref name="toMinutes"/> relative to now (negative: past).</summary>
    public static Action<SecurityTokenDescriptor> Lifetime(int fromMinutes, int toMinutes) => descriptor =>
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        descriptor.IssuedAt = now.AddMinutes(fromMinutes);
        descriptor.NotBefore = now.AddMinutes(fromMinutes);
        descriptor.Expires = now.AddMinutes(toMinutes);
    };

    /// <summary>An Entra (v2) token as the Emulator or a skill sends it: the calling app is in <c>azp</c>.</summary>
    public static string EntraToken(TestSigningKey key, Action<SecurityTokenDescriptor>? customize = null) =>
        Mint(key, EntraIssuerV2, new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = AppId }, customize, SecurityAlgorithms.RsaSha256);

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private static string Mint(TestSigningKey key, string issuer, Dictionary<string, object> claims, Action<SecurityTokenDescriptor>? customize, string algorithm)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = AppId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key.SecurityKey, algorithm),
        };
        customize?.Invoke(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private static string Tenant(bool entra) => entra ? "entra" : "botframework";

    private void Map(WebApplication app)
    {
        app.MapGet("/botframework/.well-known/openidconfiguration", (HttpContext context) => Metadata(context, "botframework", BotConnectorIssuer));
        app.MapGet("/entra/.well-known/openid-configuration", (HttpContext context) => Metadata(context, "entra", "https://login.microsoftonline.com/{tenantid}/v2.0"));
        app.MapGet("/{tenant}/keys", (string tenant) =>
        {
            keyFetches.AddOrUpdate(tenant, 1, (_, count) => count + 1);
            return Results.Json(new { keys = published.GetValueOrDefault(tenant)?.Select(key => key.ToJwk()).ToArray() ?? [] });
        });
    }

    private IResult Metadata(HttpContext context, string tenant, string issuer) => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = $"{context.Request.Scheme}://{context.Request.Host}/{tenant}/keys",
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    });
}
