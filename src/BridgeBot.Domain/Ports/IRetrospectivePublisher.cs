using BridgeBot.Domain.Conflicts.Retrospectives;

namespace BridgeBot.Domain.Ports;

/// <summary>
/// Asks a manager, privately, whether the customer impact they predicted happened, on one platform; the scheduler picks
/// the publisher whose <see cref="IPlatformPublisher.Platform"/> prefixes the workspace id. A failure (after the platform client's own
/// retries) is thrown, and the scheduler asks again later.
/// </summary>
public interface IRetrospectivePublisher : IPlatformPublisher
{
    /// <summary>Sends <paramref name="ask"/> to its manager in a private conversation with the bot.</summary>
    Task AskAsync(RetrospectiveAsk ask, CancellationToken cancellationToken = default);
}
