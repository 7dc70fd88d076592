namespace BridgeBot.Domain.Digests;

/// <summary>
/// A channel-day's digest, claimed by one scheduler instance: the only one that may post it until it is marked posted,
/// handed to a retry, or given up.
/// </summary>
/// <param name="Subscription">The subscription.</param>
/// <param name="Day">The local day the digest is for (posted at most once).</param>
/// <param name="Since">Decisions after this instant are reported …</param>
/// <param name="Until">… up to this one (when the day was claimed), so a retry reports the same decisions.</param>
/// <param name="Attempt">1 for the first try, 2 for the retry.</param>
/// <param name="RootMessageId">The posted summary message, once posted (a retry then posts only the details under it).</param>
/// <param name="Token">Opaque to the domain: the claim's version, so only its holder can move it on.</param>
public sealed record DigestClaim(
    DigestSubscription Subscription,
    DateOnly Day,
    DateTimeOffset Since,
    DateTimeOffset Until,
    int Attempt,
    string? RootMessageId,
    string Token);
