using Azure.Core;

namespace BridgeBot.Teams.Tests.Connector;

/// <summary>Hands out numbered tokens and counts how often it was asked, instead of calling Entra ID.</summary>
internal sealed class FakeTokenCredential(TimeSpan lifetime) : TokenCredential
{
    private int calls;

    public int Calls => calls;

    public IReadOnlyList<string> Scopes { get; private set; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => Next(requestContext);

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => ValueTask.FromResult(Next(requestContext));

    private AccessToken Next(TokenRequestContext requestContext)
    {
        Scopes = requestContext.Scopes;
        var call = Interlocked.Increment(ref calls);
        return new AccessToken($"token-{call}", TimeProvider.System.GetUtcNow() + lifetime);
    }
}
