using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Web.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace BridgeBot.Web.Links;

/// <summary>
/// Signs and checks links to the decision-log page: HMAC-SHA256 over the workspace and the expiry, so a link opens
/// exactly one workspace's log until it expires, and changing either breaks the signature.
/// </summary>
public sealed class LogLinkSigner : ILogLinkIssuer
{
    /// <summary>The page's path.</summary>
    public const string PagePath = "/log";

    /// <summary>The query parameters a link carries.</summary>
    public const string WorkspaceParameter = "w", ExpiresParameter = "e", SignatureParameter = "s";

    private readonly byte[] key;
    private readonly Uri page;
    private readonly TimeSpan lifetime;
    private readonly TimeProvider clock;

    /// <summary>Creates the signer from the host's options; without <c>Web:LinkSecret</c> the key lives as long as the process.</summary>
    public LogLinkSigner(IOptions<WebOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        KeyIsEphemeral = string.IsNullOrWhiteSpace(settings.LinkSecret);
        key = KeyIsEphemeral
            ? LinkKey.Ephemeral()
            : LinkKey.Parse(settings.LinkSecret!) ?? throw new OptionsValidationException(WebOptions.Section, typeof(WebOptions), ["Web:LinkSecret is malformed."]);
        page = new Uri(new Uri(settings.PublicBaseUrl.TrimEnd('/') + "/"), PagePath.TrimStart('/'));
        lifetime = settings.LinkLifetime;
        this.clock = clock;
    }

    /// <summary>Whether the key was made at start-up (so links die with the process).</summary>
    public bool KeyIsEphemeral { get; }

    /// <inheritdoc />
    public SignedLink Issue(WorkspaceId workspace)
    {
        var expires = clock.GetUtcNow().Add(lifetime);
        var seconds = expires.ToUnixTimeSeconds();
        var query = new Dictionary<string, string?>
        {
            [WorkspaceParameter] = workspace.Value,
            [ExpiresParameter] = seconds.ToString(CultureInfo.InvariantCulture),
            [SignatureParameter] = Sign(workspace.Value, seconds),
        };
        return new SignedLink(new Uri(QueryHelpers.AddQueryString(page.AbsoluteUri, query)), DateTimeOffset.FromUnixTimeSeconds(seconds));
    }

    /// <summary>Checks a link's three parts; the signature is compared in constant time and checked before the expiry.</summary>
    public LinkCheck Check(string? workspace, string? expires, string? signature)
    {
        if (string.IsNullOrEmpty(workspace) || string.IsNullOrEmpty(signature)
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return LinkCheck.Invalid;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(workspace, seconds));
        var given = Encoding.ASCII.GetBytes(signature);
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return LinkCheck.Invalid;
        }

        return clock.GetUtcNow() < DateTimeOffset.FromUnixTimeSeconds(seconds) ? LinkCheck.Valid : LinkCheck.Expired;
    }

    private string Sign(string workspace, long expires)
    {
        var payload = Encoding.UTF8.GetBytes("bridgebot-log-v1\n" + workspace + "\n" + expires.ToString(CultureInfo.InvariantCulture));
        return WebEncoders.Base64UrlEncode(HMACSHA256.HashData(key, payload));
    }
}
