namespace BridgeBot.Domain.Digests;

/// <summary>A subscription as stored, with where its schedule stands.</summary>
/// <param name="Subscription">The subscription.</param>
/// <param name="NextDue">When its next digest is due.</param>
/// <param name="LastDigestAt">When its last digest was taken (its decisions run up to then); null before the first.</param>
public sealed record SubscriptionStatus(DigestSubscription Subscription, DateTimeOffset NextDue, DateTimeOffset? LastDigestAt);
