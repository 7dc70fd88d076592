using System.ComponentModel.DataAnnotations;

namespace BridgeBot.Teams.Authentication;

/// <summary>Where inbound tokens' signing keys come from. Defaults are the public cloud's; tests point them at a loopback issuer.</summary>
public sealed class BotAuthenticationOptions
{
    public const string SectionName = "Teams:Authentication";

    /// <summary>OpenID metadata for tokens issued by <c>https://api.botframework.com</c> (the channels).</summary>
    [Required]
    [Url]
    public string BotConnectorMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata for Entra-issued tokens (Emulator, skills).</summary>
    [Required]
    [Url]
    public string EntraMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// The least time between two key refreshes forced by a token with an unknown key id (IdentityModel's
    /// <c>RefreshInterval</c>; it refuses less than one second).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);
}
