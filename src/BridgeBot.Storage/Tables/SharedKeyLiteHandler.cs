using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// Signs each request with the account key (SharedKeyLite for the Table service): the signature covers the
/// <c>x-ms-date</c> header and the canonicalized resource, <c>/{account}{encoded path}</c> plus <c>?comp=</c>.
/// With path-style URLs (Azurite) the path already starts with the account, which is why it then appears twice.
/// Runs once per attempt, so a retried request gets a fresh date.
/// </summary>
public sealed class SharedKeyLiteHandler : DelegatingHandler
{
    private readonly string accountName;
    private readonly byte[] key;
    private readonly TimeProvider time;

    /// <summary>Creates the handler for an account.</summary>
    public SharedKeyLiteHandler(string accountName, string accountKey, TimeProvider time)
    {
        this.accountName = accountName;
        key = Convert.FromBase64String(accountKey);
        this.time = time;
    }

    /// <summary>The signature for a date header value and a request URI (exposed for the published test vectors).</summary>
    public static string Sign(byte[] key, string accountName, string date, Uri requestUri)
    {
        var stringToSign = date + "\n" + CanonicalizedResource(accountName, requestUri);
        return Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }

    /// <summary>The canonicalized resource of a request URI.</summary>
    public static string CanonicalizedResource(string accountName, Uri requestUri)
    {
        var resource = "/" + accountName + requestUri.AbsolutePath;
        var comp = requestUri.Query.TrimStart('?').Split('&')
            .FirstOrDefault(pair => pair.StartsWith("comp=", StringComparison.OrdinalIgnoreCase));
        return comp is null ? resource : resource + "?" + comp;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var date = time.GetUtcNow().ToString("R", CultureInfo.InvariantCulture);
        request.Headers.Remove("x-ms-date");
        request.Headers.TryAddWithoutValidation("x-ms-date", date);
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", $"SharedKeyLite {accountName}:{Sign(key, accountName, date, request.RequestUri!)}");
        return base.SendAsync(request, cancellationToken);
    }
}
