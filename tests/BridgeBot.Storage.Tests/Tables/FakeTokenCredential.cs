using Azure.Core;

namespace BridgeBot.Storage.Tests.Tables;

/// <summary>Hands out numbered tokens ("token-1", "token-2", ...) with lifetimes relative to a clock.</summary>
internal sealed class FakeTokenCredential(TimeProvider clock, TimeSpan lifetime, TimeSpan? refreshAfter = null) : TokenCredential
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public List<string[]> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The table client asks asynchronously.");

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        // Yield so that concurrent callers really overlap with a refresh in flight.
        await Task.Yield();
        var call = Interlocked.Increment(ref _calls);
        lock (Scopes)
        {
            Scopes.Add(requestContext.Scopes);
        }

        var now = clock.GetUtcNow();
        return new AccessToken($"token-{call}", now + lifetime, refreshAfter is { } refresh ? now + refresh : null);
    }
}
