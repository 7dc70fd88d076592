using BridgeBot.Domain.Application;
using BridgeBot.Domain.Digests;

namespace BridgeBot.Domain.Ports;

/// <summary>
/// Posts digests and private reminders on one platform; the scheduler picks the publisher whose
/// <see cref="IPlatformPublisher.Platform"/> prefixes the subscription's workspace id (<c>teams:</c>, <c>slack:</c>). Each call does its
/// platform's own retries and throws when it finally fails; the scheduler then retries once later.
/// </summary>
public interface IDigestPublisher : IPlatformPublisher
{
    /// <summary>Posts the compact digest as a new message in the subscription's channel; returns the message id (the thread root).</summary>
    Task<string> PostSummaryAsync(DigestSubscription subscription, Digest digest, CancellationToken cancellationToken = default);

    /// <summary>Posts the digest's details in the thread of <paramref name="rootMessageId"/>.</summary>
    Task PostDetailsAsync(DigestSubscription subscription, Digest digest, string rootMessageId, CancellationToken cancellationToken = default);

    /// <summary>Sends a person a private reminder, reaching them through the subscription's workspace and channel.</summary>
    Task RemindAsync(DigestSubscription subscription, Reminder reminder, CancellationToken cancellationToken = default);

    /// <summary>Brings every posted card of a conflict that changed without a request (an automatic escalation) up to date.</summary>
    Task ConflictChangedAsync(ConflictOutcome outcome, CancellationToken cancellationToken = default);
}
