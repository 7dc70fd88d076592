using System.ComponentModel.DataAnnotations;

namespace BridgeBot.Web.Hosting;

/// <summary>The decision-log page: where it is reached from outside, and how its links are signed.</summary>
public sealed class WebOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Web";

    /// <summary>
    /// The host's address as people's browsers reach it (the App Service's https address in Azure); the links
    /// BridgeBot hands out start with it.
    /// </summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:3978/";

    /// <summary>
    /// The key that signs decision-log links: 32 bytes or more in base64 (<c>openssl rand -base64 32</c>), the same on
    /// every instance. When empty (a local run), a key is made at start-up, and links stop working when the host restarts.
    /// </summary>
    public string? LinkSecret { get; set; }

    /// <summary>How long a link opens the page.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Web:LinkLifetime must be between 1 minute and 7 days.")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
