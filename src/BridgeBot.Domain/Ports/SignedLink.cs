namespace BridgeBot.Domain.Ports;

/// <summary>A link that opens a workspace's decision-log page until it expires.</summary>
/// <param name="Url">The absolute link.</param>
/// <param name="ExpiresAt">When the page stops accepting it.</param>
public sealed record SignedLink(Uri Url, DateTimeOffset ExpiresAt);
