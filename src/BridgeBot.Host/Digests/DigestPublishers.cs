using BridgeBot.Domain.Ports;
using BridgeBot.Host.Hosting;

namespace BridgeBot.Host.Digests;

/// <summary>The digest publishers of the platforms this host runs.</summary>
public sealed class DigestPublishers(IEnumerable<IDigestPublisher> publishers) : PlatformPublishers<IDigestPublisher>(publishers);
