using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace BridgeBot.Teams.Authentication;

/// <summary>
/// In-memory <see cref="IServiceUrlTrust"/>. While authentication is off nothing proves where a request
/// came from, so only loopback URLs (a local emulator) are trusted then.
/// </summary>
public sealed class ServiceUrlTrust(IOptions<BotOptions> options) : IServiceUrlTrust
{
    private readonly ConcurrentDictionary<string, byte> trusted = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl)
    {
        if (TryNormalize(serviceUrl, out _, out var key))
        {
            trusted.TryAdd(key, 0);
        }
    }

    public bool IsTrusted(string serviceUrl) =>
        TryNormalize(serviceUrl, out var uri, out var key)
        && (options.Value.IsAuthenticationDisabled ? IsLoopback(uri) : trusted.ContainsKey(key));

    private static bool IsLoopback(Uri uri) =>
        string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    // Teams sends the same service URL with and without a trailing slash.
    private static bool TryNormalize(string serviceUrl, out Uri uri, out string key)
    {
        if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            key = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
            return true;
        }

        key = string.Empty;
        return false;
    }
}
