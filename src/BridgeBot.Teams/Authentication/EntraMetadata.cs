using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BridgeBot.Teams.Authentication;

/// <summary>
/// Microsoft Entra ID's OpenID metadata and signing keys, fetched, cached and refreshed once for the app: the bot's
/// authenticator (Entra tokens of the Emulator and skills) and the Teams tab's sign-in read the same keys.
/// </summary>
public sealed class EntraMetadata(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClientFactory)
{
    /// <summary>The manager of <see cref="BotAuthenticationOptions.EntraMetadataUrl"/>.</summary>
    public ConfigurationManager<OpenIdConnectConfiguration> Manager { get; } = OpenIdMetadata.CreateManager(
        options.Value.EntraMetadataUrl, httpClientFactory.CreateClient(OpenIdMetadata.HttpClientName), options.Value);
}
