using BridgeBot.Domain.Ports;
using BridgeBot.Host.Hosting;

namespace BridgeBot.Host.Retrospectives;

/// <summary>The retrospective publishers of the platforms this host runs.</summary>
public sealed class RetrospectivePublishers(IEnumerable<IRetrospectivePublisher> publishers) : PlatformPublishers<IRetrospectivePublisher>(publishers);
