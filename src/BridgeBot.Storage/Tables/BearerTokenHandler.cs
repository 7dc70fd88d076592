using System.Globalization;
using System.Net.Http.Headers;
using Azure.Core;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// Adds an Entra ID bearer token for Azure Storage (managed identity in Azure). The token is asked of the
/// credential once and reused until it is due for refresh, not fetched per request.
/// </summary>
public sealed class BearerTokenHandler(TokenCredential credential, TimeProvider time) : DelegatingHandler
{
    /// <summary>The scope of Azure Storage.</summary>
    public const string StorageScope = "https://storage.azure.com/.default";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private AccessToken token;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var current = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", current.Token);
        request.Headers.Remove("x-ms-date");
        request.Headers.TryAddWithoutValidation("x-ms-date", time.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            gate.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(token))
        {
            return token;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!IsFresh(token))
            {
                token = await credential.GetTokenAsync(new TokenRequestContext([StorageScope]), cancellationToken).ConfigureAwait(false);
            }

            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    private bool IsFresh(AccessToken candidate)
    {
        if (candidate.Token is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var refreshAt = candidate.RefreshOn ?? candidate.ExpiresOn - RefreshMargin;
        return now < refreshAt && now < candidate.ExpiresOn;
    }
}
