using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BridgeBot.Teams.Authentication;

/// <summary>Creates the IdentityModel managers that fetch, cache and refresh one issuer's metadata and signing keys.</summary>
internal static class OpenIdMetadata
{
    /// <summary>The named HttpClient the managers fetch with.</summary>
    public const string HttpClientName = "BridgeBot.Teams.OpenIdMetadata";

    /// <summary>
    /// IdentityModel 8 refreshes metadata in the background unless this switch is on; with it, a token
    /// with an unknown key id waits for the refreshed keys and is validated again at once.
    /// </summary>
    public const string BlockingRefreshSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    public static ConfigurationManager<OpenIdConnectConfiguration> CreateManager(string metadataUrl, HttpClient httpClient, BotAuthenticationOptions options) =>
        new(
            metadataUrl,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(httpClient) { RequireHttps = options.RequireHttpsMetadata })
        {
            RefreshInterval = options.SigningKeyRefreshInterval,

            // A key that left the metadata is revoked at once, as in the Bot Framework SDK; and the
            // endorsement check reads the current key set only.
            UseLastKnownGoodConfiguration = false,
        };

    public static bool IsBlockingRefreshEnabled() => AppContext.TryGetSwitch(BlockingRefreshSwitch, out var enabled) && enabled;
}
