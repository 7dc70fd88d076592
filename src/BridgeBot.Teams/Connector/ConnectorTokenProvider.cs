using Azure.Core;

namespace BridgeBot.Teams.Connector;

/// <summary>
/// The bearer token for connector calls. Azure.Identity caches and renews tokens; this keeps the last one
/// so that a busy bot does not ask the credential on every request. No credential means authentication is off.
/// </summary>
internal sealed class ConnectorTokenProvider(TokenCredential? credential, string scope, TimeProvider timeProvider) : IDisposable
{
    // Renew early so that a token never expires between being handed out and reaching the connector.
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim renewal = new(1, 1);
    private readonly TokenRequestContext context = new([scope]);
    private volatile CachedToken? cached;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (credential is null)
        {
            return null;
        }

        if (Fresh(cached) is { } token)
        {
            return token;
        }

        await renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(cached) is { } renewed)
            {
                return renewed;
            }

            var accessToken = await credential.GetTokenAsync(context, cancellationToken).ConfigureAwait(false);
            var renewAt = accessToken.ExpiresOn - RenewalMargin;
            if (accessToken.RefreshOn is { } refreshOn && refreshOn < renewAt)
            {
                renewAt = refreshOn;
            }

            cached = new CachedToken(accessToken.Token, renewAt);
            return accessToken.Token;
        }
        finally
        {
            renewal.Release();
        }
    }

    public void Dispose() => renewal.Dispose();

    private string? Fresh(CachedToken? token) => token is not null && timeProvider.GetUtcNow() < token.RenewAt ? token.Value : null;

    private sealed record CachedToken(string Value, DateTimeOffset RenewAt);
}
