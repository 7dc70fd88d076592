namespace BridgeBot.Domain.Digests;

/// <summary>One entry of the due index that a scheduler tick found due.</summary>
/// <param name="Kind">What is due.</param>
/// <param name="At">When it fell due.</param>
/// <param name="Subscription">The subscription it belongs to, as it stood when the entry was written.</param>
/// <param name="Day">For <see cref="DueKind.Retry"/>, the local day of the claimed digest; otherwise null.</param>
/// <param name="Token">Opaque to the domain: lets the store act on exactly this entry.</param>
public sealed record DueEntry(DueKind Kind, DateTimeOffset At, DigestSubscription Subscription, DateOnly? Day, string Token);
