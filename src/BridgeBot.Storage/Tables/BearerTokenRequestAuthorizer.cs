using Azure.Core;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// Sends an Entra ID bearer token, fetched once and reused until it is due for refresh.
/// </summary>
/// <remarks>
/// The token is refreshed at its <see cref="AccessToken.RefreshOn"/> when the credential gives one, otherwise
/// five minutes before <see cref="AccessToken.ExpiresOn"/>, so a request never leaves with a token that expires in flight.
/// Concurrent requests share one refresh rather than each asking the identity endpoint; that refresh is not
/// cancelled when one waiting caller gives up.
/// </remarks>
internal sealed class BearerTokenRequestAuthorizer(TokenCredential credential, TimeProvider timeProvider)
    : ITableRequestAuthorizer
{
    internal const string Scope = "https://storage.azure.com/.default";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly Lock _gate = new();
    private AccessToken? _token;
    private Task<AccessToken>? _refresh;

    public async ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.TryAddWithoutValidation(TableHeaders.Authorization, "Bearer " + token.Token);
    }

    private Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_token is { } token && timeProvider.GetUtcNow() < (token.RefreshOn ?? token.ExpiresOn - RefreshMargin))
            {
                return Task.FromResult(token);
            }

            if (_refresh is null || _refresh.IsCompleted)
            {
                _refresh = RefreshAsync();
            }

            return _refresh.WaitAsync(cancellationToken);
        }
    }

    private async Task<AccessToken> RefreshAsync()
    {
        var token = await credential
            .GetTokenAsync(new TokenRequestContext([Scope]), CancellationToken.None)
            .ConfigureAwait(false);
        lock (_gate)
        {
            _token = token;
        }

        return token;
    }
}
