namespace BridgeBot.Domain.Digests;

/// <summary>What became of a retry entry.</summary>
/// <param name="Claim">The claim, now held by this instance for its next attempt; null otherwise.</param>
/// <param name="GiveUp">The claim that has no attempts left and is still unposted: the caller reports it and gives it up.</param>
public sealed record RetryTakeover(DigestClaim? Claim, DigestClaim? GiveUp)
{
    /// <summary>Nothing to do: another instance took it, or it was posted.</summary>
    public static RetryTakeover None { get; } = new(null, null);
}
